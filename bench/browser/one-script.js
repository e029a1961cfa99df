// Bench-only (see one-script.html): renders the blank page's one line from a module script.
const p = document.createElement('p');
p.id = 'blank-ready';
p.textContent = 'blank';
document.body.append(p);
