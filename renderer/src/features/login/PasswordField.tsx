import type { InputHTMLAttributes } from 'react';

/** A labelled input of the sign-in forms. */
export function Field({ label, testId, ...input }: { label: string; testId: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="field">
      <span>{label}</span>
      <input data-testid={testId} {...input} />
    </label>
  );
}
