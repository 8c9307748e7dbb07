// Lists every .cc file under src/ for binding.gyp (paths relative to native-matcher/).
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
function walk(dir) {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return walk(rel);
    return entry.name.endsWith('.cc') ? [rel] : [];
  });
}
module.exports = walk('src').sort();
