// Runs after `vite build`: fails when the student bundle pulls in staff-only libraries or when any
// built file points at a CDN (campus networks cannot reach one), and prints the bundle sizes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const assets = join(dist, 'assets');
const failures = [];

const CDN_HOSTS = ['unpkg.com', 'jsdelivr.net', 'googleapis.com', 'gstatic.com', 'cdnjs.', 'esm.sh'];
// Strings found only in these libraries' minified code.
const STAFF_ONLY = { antd: 'getPrefixCls', echarts: '__ec_', 'monaco-editor': 'monaco' };

const read = (name) => readFileSync(join(assets, name), 'utf8');
const staticImports = (code) =>
  [...code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);
const anyReference = (code) =>
  [...code.matchAll(/["'`](?:\.\/|\/?assets\/)([\w.-]+\.(?:js|css))["'`]/g)].map((m) => m[1]);

function closure(roots, follow) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop();
    if (seen.has(name) || !existsSync(join(assets, name))) continue;
    seen.add(name);
    if (name.endsWith('.js')) queue.push(...follow(read(name)));
  }
  return seen;
}

function entryAssets(html) {
  const page = readFileSync(join(dist, html), 'utf8');
  if (/(?:src|href)="(?!\/)[^"]*\.(?:js|css)"/.test(page)) failures.push(`${html}: relative asset URL`);
  return [...page.matchAll(/(?:src|href)="\/assets\/([\w.-]+\.(?:js|css))"/g)].map((m) => m[1]);
}

function size(names) {
  let raw = 0;
  let gzip = 0;
  for (const name of names) {
    const bytes = readFileSync(join(assets, name));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return `${(raw / 1024).toFixed(0)} kB (gzip ${(gzip / 1024).toFixed(0)} kB) in ${names.size} files`;
}

for (const page of ['index.html', 'graphiql/index.html']) {
  if (!existsSync(join(dist, page))) failures.push(`dist/${page} is missing`);
}
if (failures.length === 0) {
  const studentRoots = entryAssets('index.html');
  const student = closure(studentRoots, staticImports);
  const wholeApp = closure(studentRoots, (code) => [...staticImports(code), ...anyReference(code)]);
  const staff = new Set([...wholeApp].filter((name) => !student.has(name)));
  const graphiql = closure(entryAssets('graphiql/index.html'), (code) => [
    ...staticImports(code),
    ...anyReference(code),
  ]);

  for (const name of student) {
    if (!name.endsWith('.js')) continue;
    const code = read(name);
    for (const [library, marker] of Object.entries(STAFF_ONLY)) {
      if (code.includes(marker)) failures.push(`student bundle file ${name} contains ${library}`);
    }
  }
  const walk = (dir) =>
    readdirSync(dir).flatMap((entry) =>
      statSync(join(dir, entry)).isDirectory() ? walk(join(dir, entry)) : [join(dir, entry)],
    );
  for (const file of walk(dist).filter((f) => /\.(?:js|css|html)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const host of CDN_HOSTS) {
      if (text.includes(host)) failures.push(`${file.slice(dist.length)} references ${host}`);
    }
  }

  console.log('Bundle sizes (JS + CSS):');
  console.log(`  student, loaded at /            ${size(student)}`);
  console.log(`  staff, lazy (/staff/*)          ${size(staff)}`);
  console.log(`  graphiql (/graphiql, + workers) ${size(graphiql)}`);
}

if (failures.length > 0) {
  console.error(`Bundle check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Bundle check passed: no antd/echarts/monaco in the student bundle, no CDN references.');
