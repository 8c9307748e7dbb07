// Partner agencies: an administrator adds them and corrects a name or country.
// Ids are main's; a partner is never deleted (cases, agreements and the audit
// trail refer to it). Main validates and audits every change.
import { useState, type FormEvent } from 'react';
import type { PartnerRecord } from '../../../../preload/contract/admin';
import { useAdminStore } from '../../store/admin';
import { useShallow } from 'zustand/react/shallow';

function PartnerRow({ partner }: { partner: PartnerRecord }) {
  const updatePartner = useAdminStore((s) => s.updatePartner);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ name: partner.name, country: partner.country });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void updatePartner({ partnerId: partner.id, ...draft }).then((ok) => ok && setEditing(false));
  };
  if (!editing) {
    return (
      <tr data-testid={`partner-${partner.id}`}>
        <td>{partner.name}</td>
        <td>{partner.country}</td>
        <td>
          <button type="button" className="link" data-testid={`partner-edit-${partner.id}`} onClick={() => setEditing(true)}>
            Edit
          </button>
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid={`partner-${partner.id}`}>
      <td colSpan={3}>
        <form className="partner-edit" onSubmit={save} aria-label={`Edit ${partner.name}`}>
          <input aria-label="Name" data-testid="partner-edit-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required />
          <input aria-label="Country" data-testid="partner-edit-country" value={draft.country} size={4} onChange={(e) => setDraft({ ...draft, country: e.target.value })} required />
          <button type="submit" className="button primary" data-testid="partner-edit-save">
            Save
          </button>
          <button type="button" className="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      </td>
    </tr>
  );
}

export function PartnersPanel() {
  const { partners, createPartner } = useAdminStore(useShallow((s) => ({ partners: s.partners, createPartner: s.createPartner })));
  const [draft, setDraft] = useState({ name: '', country: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void createPartner(draft).then((ok) => ok && setDraft({ name: '', country: '' }));
  };
  return (
    <section className="admin-form" aria-label="Partners" data-testid="admin-partners">
      <h2>Partners</h2>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">Agency</th>
            <th scope="col">Country</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {partners.map((p) => (
            <PartnerRow key={p.id} partner={p} />
          ))}
        </tbody>
      </table>
      <form className="partner-new" onSubmit={submit} aria-label="New partner" data-testid="new-partner-form">
        <label className="field">
          <span>Agency name</span>
          <input data-testid="new-partner-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required />
        </label>
        <label className="field">
          <span>Country (ISO 3166 code)</span>
          <input data-testid="new-partner-country" value={draft.country} size={4} onChange={(e) => setDraft({ ...draft, country: e.target.value })} required />
        </label>
        <button type="submit" className="button primary" data-testid="new-partner-submit">
          Add partner
        </button>
      </form>
    </section>
  );
}
