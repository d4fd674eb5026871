import { timelineText } from '../reconcile/display.js';
import { PositionIndex } from '../position.js';
import type { Claim, ClaimGroup, Report, Source } from '../types.js';
import { sections, type FormatContext } from './context.js';

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function sentenceHtml(c: Claim, s: Source | undefined): string {
  const sen = s?.sentences[c.sentence];
  if (!sen) return `<mark>${escapeHtml(c.text)}</mark>`;
  const a = c.start - sen.start;
  const b = c.end - sen.start;
  return `${escapeHtml(sen.text.slice(0, a))}<mark>${escapeHtml(sen.text.slice(a, b))}</mark>${escapeHtml(sen.text.slice(b))}`;
}

function place(c: Claim, s: Source | undefined, positions: PositionIndex): string {
  if (!s) return escapeHtml(c.source);
  const { line, column } = positions.at(s.text, c.start);
  return `${escapeHtml(s.id)}:${line}:${column}${c.headline ? ' <span class="badge">headline</span>' : ''}`;
}

function outlet(s: Source | undefined): string {
  return s?.outlet ? ` <span class="outlet">${escapeHtml(s.outlet)}</span>` : '';
}

function conflictCard(g: ClaimGroup, sources: Map<string, Source>, positions: PositionIndex): string {
  const byId = new Map(g.claims.map((c) => [c.id, c]));
  const columns = g.values
    .map((v) => {
      const likely = v.display === g.likely;
      const items = v.claims
        .map((id) => byId.get(id)!)
        .map(
          (c) =>
            `<li><div class="where">${place(c, sources.get(c.source), positions)}${outlet(sources.get(c.source))}</div><blockquote>${sentenceHtml(c, sources.get(c.source))}</blockquote></li>`,
        )
        .join('');
      return `<section class="value${likely ? ' likely' : ''}"><h4>${escapeHtml(v.display)}${likely ? ' <span class="badge ok">likely</span>' : ''}</h4>
<div class="meter" title="confidence ${v.confidence.toFixed(2)}"><span style="width:${Math.round(v.confidence * 100)}%"></span></div>
<p class="support">${v.independentSources} independent source${v.independentSources === 1 ? '' : 's'} · confidence ${v.confidence.toFixed(2)}</p><ul>${items}</ul></section>`;
    })
    .join('\n');
  return `<article class="card conflict" id="g-${g.id}" data-status="conflict" data-type="${g.type}" tabindex="0">
<header><span class="badge bad">${escapeHtml(g.kind ?? 'conflict')}</span><span class="badge">${g.type}</span><h3>${escapeHtml(g.label)}</h3><a class="anchor" href="#g-${g.id}" title="link to this conflict">#</a></header>
${g.timeline ? `<p class="timeline"><strong>Over time:</strong> ${escapeHtml(timelineText(g.timeline))}</p>\n` : ''}<div class="values">${columns}</div>
</article>`;
}

function agreementCard(g: ClaimGroup, sources: Map<string, Source>, positions: PositionIndex): string {
  const items = g.claims
    .map((c) => `<li><div class="where">${place(c, sources.get(c.source), positions)}${outlet(sources.get(c.source))}</div><blockquote>${sentenceHtml(c, sources.get(c.source))}</blockquote></li>`)
    .join('');
  const srcCount = new Set(g.claims.map((c) => c.source)).size;
  return `<article class="card agreement" id="g-${g.id}" data-status="${g.status}" data-type="${g.type}" tabindex="0">
<header><span class="badge ${g.status === 'agreement' ? 'ok' : ''}">${g.status}</span><span class="badge">${g.type}</span><h3>${escapeHtml(g.label)}</h3><a class="anchor" href="#g-${g.id}" title="link to this group">#</a></header>
<p class="agreed"><strong>${escapeHtml(g.likely)}</strong>${g.precisionOnly ? ' <span class="note">values differ only in precision</span>' : ''} · ${g.independentSources} independent of ${srcCount} source${srcCount === 1 ? '' : 's'}</p>
<details><summary>Show ${g.claims.length} mention${g.claims.length === 1 ? '' : 's'}</summary><ul>${items}</ul></details>
</article>`;
}

const STYLE = `
:root{--bg:#f6f7f9;--card:#fff;--ink:#1d232b;--muted:#5f6b7a;--bad:#c62f2f;--ok:#1f7a47;--line:#e2e6eb;--mark:#ffe58a}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--ink)}
header.top{background:#14202e;color:#fff;padding:24px 32px}header.top h1{margin:0 0 4px;font-size:22px}header.top p{margin:0;color:#b7c3d0}
.stats{display:flex;gap:10px;flex-wrap:wrap;margin-top:14px}.stat{background:#223246;border-radius:8px;padding:6px 12px}.stat b{font-size:18px;margin-right:4px}
.stat.bad b{color:#ff8d8d}.stat.ok b{color:#8be0ad}
nav.filters{position:sticky;top:0;z-index:2;background:var(--card);border-bottom:1px solid var(--line);padding:10px 32px;display:flex;gap:8px;flex-wrap:wrap;align-items:center}
nav.filters button{font:inherit;border:1px solid var(--line);background:#fff;border-radius:999px;padding:4px 12px;cursor:pointer}
nav.filters button[aria-pressed="true"]{background:#14202e;color:#fff;border-color:#14202e}nav.filters .sep{width:1px;height:22px;background:var(--line);margin:0 6px}
main{max-width:1200px;margin:0 auto;padding:24px 32px}h2{margin:28px 0 12px;font-size:18px}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px 18px;margin:0 0 14px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
.card:focus{outline:3px solid #5b9cf5;outline-offset:2px}.card.conflict{border-left:5px solid var(--bad)}.card.agreement{border-left:5px solid var(--ok)}
.card[data-status="single-source"]{border-left-color:#9aa5b1}
.card header{display:flex;align-items:center;gap:8px;flex-wrap:wrap}.card h3{margin:0;font-size:16px;flex:1}
.anchor{color:var(--muted);text-decoration:none;font-weight:600}.badge{font-size:12px;border-radius:6px;padding:2px 8px;background:#eef1f4;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.badge.bad{background:#fde8e8;color:var(--bad)}.badge.ok{background:#e3f4ea;color:var(--ok)}
.values{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:12px;margin-top:12px}
.value{border:1px solid var(--line);border-radius:10px;padding:10px 12px;background:#fcfcfd}.value.likely{border-color:#9fd8b5;background:#f5fbf7}
.value h4{margin:0 0 6px;font-size:20px}.meter{height:6px;background:#edf0f3;border-radius:3px;overflow:hidden}.meter span{display:block;height:100%;background:var(--ok)}
.value:not(.likely) .meter span{background:var(--bad)}.support{color:var(--muted);font-size:13px;margin:6px 0}
ul{list-style:none;padding:0;margin:0}li{margin:8px 0}.where{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--muted)}
.outlet{font-family:system-ui,sans-serif;margin-left:6px}blockquote{margin:4px 0 0;padding-left:10px;border-left:3px solid var(--line)}
mark{background:var(--mark);padding:0 2px;border-radius:3px}.agreed{margin:8px 0}.note{color:var(--muted);font-size:13px}
details summary{cursor:pointer;color:var(--muted)}table{border-collapse:collapse;width:100%;background:var(--card)}
td,th{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}.empty{color:var(--muted)}
.hidden{display:none!important}footer{color:var(--muted);font-size:13px;padding:24px 32px;text-align:center}
`;

const SCRIPT = `
(function(){
  var status='all', types=new Set();
  var cards=[].slice.call(document.querySelectorAll('.card'));
  function apply(){
    cards.forEach(function(c){
      var ok=(status==='all'||c.dataset.status===status)&&(types.size===0||types.has(c.dataset.type));
      c.classList.toggle('hidden',!ok);
    });
    document.querySelectorAll('section.group').forEach(function(s){
      var visible=s.querySelectorAll('.card:not(.hidden)').length;
      s.classList.toggle('hidden',visible===0);
    });
    var shown=document.getElementById('shown'); if(shown) shown.textContent=document.querySelectorAll('.card:not(.hidden)').length;
  }
  document.querySelectorAll('[data-filter-status]').forEach(function(b){
    b.addEventListener('click',function(){
      status=b.dataset.filterStatus;
      document.querySelectorAll('[data-filter-status]').forEach(function(x){x.setAttribute('aria-pressed',String(x===b));});
      apply();
    });
  });
  document.querySelectorAll('[data-filter-type]').forEach(function(b){
    b.addEventListener('click',function(){
      var t=b.dataset.filterType; if(types.has(t)) types.delete(t); else types.add(t);
      b.setAttribute('aria-pressed',String(types.has(t))); apply();
    });
  });
  document.addEventListener('keydown',function(e){
    if(e.target&&/INPUT|TEXTAREA|SELECT/.test(e.target.tagName))return;
    if(e.key!=='j'&&e.key!=='k')return;
    var visible=cards.filter(function(c){return !c.classList.contains('hidden')&&c.offsetParent!==null;});
    if(!visible.length)return;
    var i=visible.indexOf(document.activeElement);
    var next=e.key==='j'?Math.min(visible.length-1,i+1):Math.max(0,i-1);
    visible[next].focus(); visible[next].scrollIntoView({block:'center'});
  });
  apply();
})();
`;

/**
 * Formatter: one self-contained HTML page (inline CSS and script, no network).
 * Conflicts are cards with the competing values side by side; agreements list
 * their supporting sources; filters by status and type; `j`/`k` move between cards.
 */
export function formatHtml(report: Report, _ctx: FormatContext): string {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const positions = new PositionIndex();
  const s = report.stats;
  const { conflicts, facts, names, singles } = sections(report);
  const types = [...new Set(report.groups.map((g) => g.type))].sort();
  const title = report.stories[0]?.label ?? 'Reconcile report';
  const section = (id: string, heading: string, cards: string[]): string =>
    cards.length ? `<section class="group" id="${id}"><h2>${heading}</h2>${cards.join('\n')}</section>` : '';
  const copies = report.copies.length
    ? `<section id="copies"><h2>Copies</h2><ul>${report.copies.map((c) => `<li>${escapeHtml(c.source)} copies ${escapeHtml(c.copyOf)} (${Math.round(c.overlap * 100)}% shared word sequences)</li>`).join('')}</ul></section>`
    : '';
  const skipped = report.skipped.length
    ? `<section id="skipped"><h2>Skipped files</h2><table><tr><th>file</th><th>reason</th></tr>${report.skipped.map((k) => `<tr><td>${escapeHtml(k.path)}</td><td>${escapeHtml(k.reason)}</td></tr>`).join('')}</table></section>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Reconcile: ${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
<h1>Reconcile report</h1>
<p>${escapeHtml(title)}</p>
<div class="stats">
<span class="stat"><b>${s.sources}</b>sources</span><span class="stat"><b>${s.claims}</b>claims</span>
<span class="stat bad"><b>${s.conflicts}</b>conflicts</span><span class="stat ok"><b>${s.agreements}</b>agreements</span>
<span class="stat"><b>${s.singleSource}</b>single-source</span><span class="stat"><b>${s.skipped}</b>skipped</span>
</div>
</header>
<nav class="filters" aria-label="Filters">
<button type="button" data-filter-status="all" aria-pressed="true">All</button>
<button type="button" data-filter-status="conflict" aria-pressed="false">Conflicts</button>
<button type="button" data-filter-status="agreement" aria-pressed="false">Agreements</button>
<button type="button" data-filter-status="single-source" aria-pressed="false">Single-source</button>
<span class="sep"></span>
${types.map((t) => `<button type="button" data-filter-type="${t}" aria-pressed="false">${t}</button>`).join('\n')}
<span class="sep"></span><span class="note"><span id="shown">${report.groups.length}</span> shown · keys j/k</span>
</nav>
<main>
${section('conflicts', `Conflicts (${conflicts.length})`, conflicts.map((g) => conflictCard(g, sources, positions)))}
${section('agreements', `Agreements (${facts.length})`, facts.map((g) => agreementCard(g, sources, positions)))}
${section('names', `Names in two or more sources (${names.length})`, names.map((g) => agreementCard(g, sources, positions)))}
${section('single', `Single-source claims (${singles.length})`, singles.map((g) => agreementCard(g, sources, positions)))}
${report.groups.length ? '' : '<p class="empty">No claims found.</p>'}
${copies}
${skipped}
</main>
<footer>Generated by reconcile · ${s.sources} sources</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
