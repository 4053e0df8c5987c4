#!/usr/bin/env python3
"""The lessons as a reader sees them: every notebook opened in JupyterLab in headless Chromium (Selenium), checked, and
one lesson's ipywidgets panel run and moved. Called by `.ci/browser`, which starts and stops the JupyterLab server.

Per notebook it checks what is on the page, not in the file: the title heading rendered as an <h1>, LaTeX typeset by
MathJax (no raw `$$` or `$x$` left, no MathJax error), every saved figure shown as an <img> that loaded, every image in
the markdown loaded, no error output and no dialog. The file is only read to know what to expect (cell count, title,
figures, whether there is math).

A failure ends the run with one line, `browser test failed: NOTEBOOK: what is wrong`, and exit status 1.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

# The interactive panel exercised for real: a cheap one (imports, then one widgets.interact cell; about a second of
# kernel time). `setup`: the code cells above the panel whose source contains one of these run first, in order.
PANEL = dict(notebook='01_attention.ipynb', cell='widgets.interact(show_sharpening',
             setup=('import math', 'import matplotlib.pyplot as plt'), slider='d')
# A text box, typed into: lesson 10's search (its setup cell loads the shipped CLIP and embeds the test digits, ~10 s).
TEXT_PANEL = dict(notebook='10_clip.ipynb', cell='widgets.interact(search_panel', setup=('search_model = pretrained',),
                  text='query', typed='a thin, right-leaning 2')
# A text box that paints: lesson 11's text-to-image model draws four pictures of the typed caption (~2 s a caption).
PAINT_PANEL = dict(notebook='11_text_to_image.ipynb', cell='widgets.interact(paint_panel', setup=('panel_model = pretrained',),
                   text='prompt', typed='a thin, left-leaning 4')
WIDTH, HEIGHT = 1280, 800
MAX_PNG_BYTES = 300_000


class Failure(Exception):
    "One line: what a reader would miss, and where."


# ---------------------------------------------------------------------------------------------------------- the files
def _src(cell) -> str:
    s = cell.get('source', '')
    return s if isinstance(s, str) else ''.join(s)


def _strip_code(md: str) -> str:
    "Markdown without fenced code blocks and inline code spans, where a `$` is not math."
    md = re.sub(r'^(```|~~~).*?^\1', '', md, flags=re.S | re.M)
    return re.sub(r'(`+)(?:(?!\1).)+?\1', '', md, flags=re.S)


MATH = re.compile(r'\$\$.+?\$\$|(?<![\\$])\$[^\s$](?:[^$\n]*[^\s$\\])?\$(?!\$)', re.S)


def expectations(path: Path) -> dict:
    "What the page should show, read from the .ipynb."
    nb = json.loads(path.read_text(encoding='utf-8'))
    cells = nb['cells']
    md = [(i, _src(c)) for i, c in enumerate(cells) if c['cell_type'] == 'markdown']
    first = md[0][1].lstrip().splitlines()[0] if md and md[0][1].strip() else ''
    title = first[2:].strip() if first.startswith('# ') else None
    figures, errors = 0, []
    for i, c in enumerate(cells):
        for o in c.get('outputs', []) if c['cell_type'] == 'code' else []:
            if o.get('output_type') == 'error':
                errors.append((i, f"{o.get('ename', '')}: {o.get('evalue', '')}".strip(': ')))
            if any(k.startswith('image/') for k in o.get('data', {})): figures += 1
    return dict(n_cells=len(cells), title=title, title_cell=md[0][0] if md else None, figures=figures,
                errors=errors, math=any(MATH.search(_strip_code(s)) for _, s in md),
                markdown=[i for i, _ in md], cells=cells)


# ------------------------------------------------------------------------------------------------------------ the page
# One look at the notebook in the current tab; everything the checks need, computed in the page.
LOOK = r"""
const panel = [...document.querySelectorAll('.jp-NotebookPanel')].find(p => !p.classList.contains('lm-mod-hidden')
                                                                          && p.offsetParent !== null);
const dialogs = [...document.querySelectorAll('.jp-Dialog')].map(d => d.innerText.replace(/\s+/g, ' ').trim());
if (!panel) return {panel: false, dialogs};
const cells = [...panel.querySelectorAll('.jp-Notebook .jp-Cell')];
const text = (el) => { const c = el.cloneNode(true);
  c.querySelectorAll('pre, code, mjx-container, script, .MathJax, .jp-InternalAnchorLink').forEach(e => e.remove());
  return c.textContent; };
return {panel: true, dialogs, cells: cells.map((c, i) => {
  const md = c.classList.contains('jp-MarkdownCell'), r = c.querySelector('.jp-RenderedMarkdown');
  const outs = [...c.querySelectorAll('.jp-OutputArea-output')];
  return {md, rendered: !!r && c.classList.contains('jp-mod-rendered'),
    h1: md && r ? [...r.querySelectorAll('h1')].map(h => h.textContent.replace('¶', '').trim()) : [],
    text: md && r ? text(r) : '',
    mjx: c.querySelectorAll('mjx-container').length,
    merror: [...c.querySelectorAll('mjx-merror')].map(e => (e.getAttribute('data-mjx-error') || '') + ' in '
                                                         + e.textContent.trim()),
    mdimgs: r ? [...r.querySelectorAll('img')].map(im => ({src: im.getAttribute('src') || '', done: im.complete,
                                                         w: im.naturalWidth})) : [],
    outimgs: [...c.querySelectorAll('.jp-OutputArea-output img')].map(im => ({done: im.complete, w: im.naturalWidth,
                                                                            src: (im.getAttribute('src') || '').length})),
    stderr: outs.filter(o => o.matches('[data-mime-type="application/vnd.jupyter.stderr"]'))
                .map(o => o.textContent.slice(-2000)),
    prompt: (c.querySelector('.jp-InputPrompt') || {}).textContent || ''};
})};
"""


def _exception_line(text: str) -> str:
    "The last line of a traceback: `ValueError: boom`."
    lines = [l.strip() for l in re.sub(r'\x1b\[[0-9;]*m', '', text).splitlines() if l.strip()]
    return lines[-1][:160] if lines else 'empty traceback'


def _norm(s: str) -> str:
    return re.sub(r'[\W_]+', '', s.replace('`', '')).lower()


WAIT = None  # a problem that only the per-notebook limit turns into a failure (the page may still be loading)


def problems(want: dict, page: dict) -> list[tuple[str, float | None]]:
    """What a reader would see wrong, most important first, each with its grace: how many seconds it may persist on a
    loaded page before it counts (0: at once, such as an error output; WAIT: until the per-notebook limit)."""
    if page.get('dialogs'): return [(f"a dialog is open: {page['dialogs'][0][:160]}", 5)]
    if not page.get('panel'): return [('the notebook did not open', WAIT)]
    cells = page['cells']
    if len(cells) != want['n_cells']:
        return [(f"the page shows {len(cells)} cells, the file has {want['n_cells']}", WAIT)]
    for i, c in enumerate(cells):
        for t in c['stderr']:
            if 'Traceback' in t: return [(f'cell {i} shows an error output ({_exception_line(t)})', 0)]
    for i, msg in want['errors']:
        return [(f'cell {i} has a saved error output ({msg[:160]})', 0)]
    if want['title'] is None: return [("the first markdown cell does not start with a '# title' heading", 0)]
    unrendered = [i for i in want['markdown'] if not cells[i]['rendered']]
    if unrendered: return [(f'markdown cell {unrendered[0]} is not rendered', WAIT)]
    out = []
    h1 = cells[want['title_cell']]['h1']
    if _norm(want['title']) not in map(_norm, h1):
        out.append((f"the title '{want['title']}' is not rendered as an <h1> (first markdown cell's h1: {h1})", 5))
    for i, c in enumerate(cells):
        if c['merror']: out.append((f"cell {i} shows a MathJax error ({c['merror'][0][:120]})", 10))
        raw = '$$' if '$$' in c['text'] else (m.group(0) if (m := MATH.search(c['text'])) else None)
        if raw: out.append((f"cell {i} shows raw LaTeX, not typeset by MathJax ({raw[:60]!r})", 20))
        for im in c['mdimgs']:
            if im['done'] and not im['w']:
                src = urllib.parse.unquote(urllib.parse.urlparse(im['src']).path)
                orig = [m for m in re.findall(r'(?:src=["\']|\]\()([^"\')\s]+)', _src(want['cells'][i]))
                        if m.rsplit('/', 1)[-1] == src.rsplit('/', 1)[-1]]
                out.append((f"cell {i} shows a broken image ({orig[0] + ' -> ' if orig else ''}{src} did not load)", 5))
            elif not im['done']: out.append((f'cell {i}: an image is still loading', WAIT))
        for im in c['outimgs']:
            if im['done'] and not im['w']: out.append((f'cell {i} shows a saved figure that does not load', 5))
            elif not im['done']: out.append((f'cell {i}: a figure is still loading', WAIT))
    if want['math'] and not sum(c['mjx'] for c in cells):
        out.append(('the markdown has LaTeX but MathJax typeset nothing (no mjx-container)', 20))
    shown = sum(len(c['outimgs']) for c in cells)
    if shown < want['figures']:
        out.append((f"the page shows {shown} output images, the file has {want['figures']} saved figures", 5))
    return out


# ---------------------------------------------------------------------------------------------------------- the browser
class Run:
    def __init__(self, a):
        self.a, self.base, self.token = a, a.url.rstrip('/'), os.environ['JUPYTER_TOKEN']
        self.deadline = a.deadline
        self.current = 'starting Chromium'
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        o = webdriver.ChromeOptions()
        o.binary_location = a.chromium
        for arg in ('--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--hide-scrollbars',
                    f'--window-size={WIDTH},{HEIGHT}', '--force-device-scale-factor=1', '--no-first-run',
                    '--disable-extensions', '--disable-background-networking'):
            o.add_argument(arg)
        self.d = webdriver.Chrome(service=Service(a.chromedriver), options=o)  # a driver path: no Selenium Manager
        self.d.set_page_load_timeout(120)
        self.d.execute_cdp_cmd('Emulation.setDeviceMetricsOverride',
                               dict(width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=False))

    def left(self) -> float:
        return self.deadline - time.time()

    def api(self, method: str, path: str):
        req = urllib.request.Request(f'{self.base}{path}', method=method,
                                     headers={'Authorization': f'token {self.token}'})
        with urllib.request.urlopen(req, timeout=20) as r:
            body = r.read()
        return json.loads(body) if body else None

    def stop_kernels(self):
        "Leave the page, then shut down the kernels JupyterLab started for it (the sweep runs no code)."
        self.d.get('about:blank')
        for s in self.api('GET', '/api/sessions'): self.api('DELETE', f"/api/sessions/{s['id']}")

    def open(self, name: str):
        # `reset`: a fresh workspace, so only this notebook is open and nothing of the previous page is restored
        path = f'{self.a.prefix}/{name}' if self.a.prefix else name
        self.d.get(f"{self.base}/lab/tree/{urllib.parse.quote(path)}?token={self.token}&reset")

    def look(self) -> dict:
        return self.d.execute_script(LOOK)

    def settle(self, name: str, want: dict, limit: float) -> dict:
        "Poll the page until nothing is wrong, something final is wrong, or time is up; raise the first problem."
        end = min(time.time() + limit, self.deadline)
        seen = {}  # problem -> when first seen
        while True:
            page = self.look()
            found = problems(want, page)
            if not found: return page
            now = time.time()
            seen = {p: seen.get(p, now) for p, _ in found}
            for p, grace in found:
                if grace is not WAIT and now - seen[p] >= grace: raise Failure(f'{name}: {p}')
            if now > end: raise Failure(f'{name}: {found[0][0]}')
            time.sleep(0.5)

    def collapse_left_sidebar(self):
        "More of the lesson in the screenshots: close the file browser, as a reader would (a real click on its tab)."
        for tab in self.d.find_elements('css selector', '.jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current'):
            if tab.is_displayed(): tab.click()

    def shot(self, path: Path):
        self.d.save_screenshot(str(path))

    def cells(self):
        return self.d.find_elements('css selector', '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell')

    def scroll_to(self, el, block='start'):
        self.d.execute_script(f"arguments[0].scrollIntoView({{block: '{block}'}})", el)


# The README screenshot's view: of the scroll positions that start at a cell or a heading, the one whose screen holds a
# whole figure and the most typeset equations (displayed ones count most), with as little code as possible.
BEST_VIEW = r"""
const sc = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer');
const panel = sc.closest('.jp-NotebookPanel'), H = sc.clientHeight;
const top0 = sc.getBoundingClientRect().top - sc.scrollTop;
const span = e => { const r = e.getBoundingClientRect(); return [r.top - top0, r.bottom - top0]; };
const figs = [...panel.querySelectorAll('.jp-OutputArea-output img')].map(span);
const eqs = [...panel.querySelectorAll('.jp-RenderedMarkdown mjx-container')]
  .map(e => [span(e), e.getAttribute('display') === 'true']);
const code = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea')].map(span);
const starts = [...panel.querySelectorAll('.jp-Cell, .jp-RenderedMarkdown h2, .jp-RenderedMarkdown h3')]
  .map(e => Math.max(0, span(e)[0] - 8));
let best = {y: 0, score: -1e9};
for (const y of starts) {
  const inside = ([a, b]) => a >= y && b <= y + H;
  const nf = figs.filter(inside).length;
  const nd = eqs.filter(([r, d]) => d && inside(r)).length, ni = eqs.filter(([r, d]) => !d && inside(r)).length;
  const codepx = code.reduce((s, [a, b]) => s + Math.max(0, Math.min(b, y + H) - Math.max(a, y)), 0);
  const score = 4 * Math.min(nd, 3) + 0.3 * Math.min(ni, 10) + 3 * Math.min(nf, 2) - codepx / 60 - (nf ? 0 : 100);
  if (score > best.score) best = {y, score, nd, ni, nf};
}
sc.scrollTop = best.y;
return best;
"""


def write_png(src: Path, dest: Path):
    "Copy the screenshot, made smaller if needed (palette PNG; text and figures stay sharp)."
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    if dest.stat().st_size > MAX_PNG_BYTES:
        from PIL import Image
        Image.open(src).convert('RGB').quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(dest, optimize=True)


def sweep(run: Run, nbs: Path, names: list[str], shots: Path, showcase: str | None, write: Path | None) -> list[str]:
    "Open and check each notebook; a notebook that fails is reported and the sweep goes on. Returns the failures."
    failures = []
    for name in names:
        t0 = time.time()
        run.current = name
        want = expectations(nbs / name)
        run.open(name)
        try:
            page = run.settle(name, want, limit=max(30.0, min(120.0, run.left() - 60)))
            run.collapse_left_sidebar()
            time.sleep(0.3)
        except Failure as e:
            failures.append(str(e))
            print(f'  {name:<22} FAILED  {str(e)[len(name) + 2:]}  ({time.time() - t0:.1f} s)', flush=True)
            continue
        finally:
            try: run.shot(shots / f'{Path(name).stem}.png')
            except Exception: pass
            run.stop_kernels()
        figs = sum(len(c['outimgs']) for c in page['cells'])
        eqs = sum(c['mjx'] for c in page['cells'])
        print(f"  {name:<22} ok  {want['n_cells']:>3} cells, {figs:>2} figures, {eqs:>3} equations"
              f"  ({time.time() - t0:.1f} s)", flush=True)
        if write and Path(name).stem == showcase:
            run.open(name)  # again, for a clean view
            run.settle(name, want, limit=max(30.0, min(120.0, run.left() - 60)))
            run.collapse_left_sidebar()
            view = run.d.execute_script(BEST_VIEW)
            time.sleep(1.0)
            run.shot(shots / 'showcase.png')
            write_png(shots / 'showcase.png', write)
            print(f"  wrote {write} ({write.stat().st_size // 1000} KB: {name} as a reader sees it, {view.get('nd', 0)} "
                  f"displayed and {view.get('ni', 0)} inline equations, {view.get('nf', 0)} figures)", flush=True)
            run.stop_kernels()
        rest = names[names.index(name) + 1:]
        if rest and run.left() < 30:
            failures.append(f'{rest[0]}: not checked, out of time (TEXTBRUSH_BROWSER_TIMEOUT limits the whole run)')
            break
    return failures


def panel(run: Run, nbs: Path, shots: Path, PANEL: dict = PANEL):
    "Run the panel's cells in the page (Ctrl+Enter), drag its slider (or type into its text box), and see its figure change."
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    name = PANEL['notebook']
    path = nbs / name
    if not path.exists(): raise Failure(f"{name}: missing, the panel check needs it (see PANEL in {Path(__file__).name})")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    want = expectations(path)
    cells = want['cells']
    target = next((i for i, c in enumerate(cells) if c['cell_type'] == 'code' and PANEL['cell'] in _src(c)), None)
    if target is None:
        raise Failure(f"{name}: no code cell contains {PANEL['cell']!r} (the panel the browser test moves; "
                      f"see PANEL in {Path(__file__).name})")
    todo = [i for i, c in enumerate(cells[:target])
            if c['cell_type'] == 'code' and any(m in _src(c) for m in PANEL['setup'])] + [target]
    t0 = time.time()
    run.current = name
    run.open(name)
    run.settle(name, want, limit=max(30.0, min(120.0, run.left() - 60)))
    run.collapse_left_sidebar()
    els = run.cells()

    def prompt(i):
        return els[i].find_element('css selector', '.jp-InputPrompt').text.strip()

    def failed(i):
        for e in els[i].find_elements('css selector', '[data-mime-type="application/vnd.jupyter.stderr"]'):
            if 'Traceback' in e.text: return _exception_line(e.text)

    try:
        for i in todo:
            run.scroll_to(els[i], 'center')
            els[i].find_element('css selector', '.jp-InputPrompt').click()  # select the cell (command mode)
            ActionChains(run.d).key_down(Keys.CONTROL).send_keys(Keys.ENTER).key_up(Keys.CONTROL).perform()
            end = min(time.time() + 120, run.deadline)
            while not re.fullmatch(r'\[\d+\]:', prompt(i)):
                if failed(i): break
                if time.time() > end: raise Failure(f'{name}: cell {i} did not finish running (prompt {prompt(i)!r})')
                time.sleep(0.3)
            if failed(i) and i == target: raise Failure(f"{name}: the panel's callback raised ({failed(i)})")
            if failed(i): raise Failure(f'{name}: running cell {i} for the panel raised ({failed(i)})')
        cell = els[target]

        kind = 'text' if 'text' in PANEL else 'slider'
        label = PANEL.get('text', PANEL.get('slider'))

        def state():
            return run.d.execute_script("""
                const c = arguments[0], kind = arguments[2];
                const s = [...c.querySelectorAll(kind === 'text' ? '.widget-text' : '.widget-slider')]
                    .find(s => (s.querySelector('.widget-label') || {}).textContent === arguments[1]);
                const im = c.querySelector('.widget-output img');
                const value = !s ? null : kind === 'text' ? s.querySelector('input').value
                                                           : s.querySelector('.widget-readout').textContent;
                return {slider: !!s, value: value,
                        img: im && im.complete && im.naturalWidth ? im.getAttribute('src') : null};""",
                                        cell, label, kind)

        end = min(time.time() + 60, run.deadline)
        while not ((s := state())['slider'] and s['img']):
            if failed(target): raise Failure(f"{name}: the panel's callback raised ({failed(target)})")
            if time.time() > end:
                raise Failure(f"{name}: the panel shows no "
                              + ('figure' if s['slider'] else f"{kind} {label!r}") + ' after running')
            time.sleep(0.3)
        run.scroll_to(cell, 'start')
        widget = next(h for h in cell.find_elements('css selector', f'.widget-{kind}')
                      if h.find_element('css selector', '.widget-label').text == label)
        if kind == 'text':
            box = widget.find_element('css selector', 'input')
            box.click(); box.send_keys(Keys.CONTROL, 'a'); box.send_keys(Keys.BACKSPACE)
            box.send_keys(PANEL['typed']); box.send_keys(Keys.ENTER)
        else:
            handle = widget.find_element('css selector', '.noUi-handle')
            ActionChains(run.d).click_and_hold(handle).move_by_offset(60, 0).pause(0.2).release().perform()
        end = min(time.time() + 60, run.deadline)
        while True:
            s2 = state()
            if failed(target): raise Failure(f"{name}: the panel's callback raised after changing {kind} "
                                             f"{label!r} ({failed(target)})")
            if s2['value'] != s['value'] and s2['img'] and s2['img'] != s['img']: break
            if time.time() > end:
                what = (f'the {kind} did not change' if s2['value'] == s['value'] else
                        f"its figure did not change ({kind} {label} {s['value']!r} -> {s2['value']!r})")
                raise Failure(f"{name}: changed the panel's {kind} {label!r} but {what}")
            time.sleep(0.3)
        time.sleep(0.5)
    finally:
        try: run.shot(shots / f'{Path(name).stem}_panel.png')
        except Exception: pass
    print(f"  {name:<22} ok  panel ran in the kernel; {kind} {label} {s['value']!r} -> {s2['value']!r} "
          f"redrew its figure  ({time.time() - t0:.1f} s)", flush=True)
    run.d.get('about:blank')  # leave without saving (autosave is off); the file must be as it was
    if hashlib.sha256(path.read_bytes()).hexdigest() != before:
        raise Failure(f'{name}: the file changed on disk while the browser test had it open (nothing may save it)')


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog='The server token is read from $JUPYTER_TOKEN.')
    p.add_argument('--url', required=True)
    p.add_argument('--nbs', type=Path, required=True)
    p.add_argument('--prefix', default='', help="the notebooks' folder as the server sees it (the server runs in its parent)")
    p.add_argument('--shots', type=Path, required=True)
    p.add_argument('--deadline', type=float, required=True, help='seconds since the epoch at which to give up')
    p.add_argument('--write', type=Path, help='write the README screenshot of the --showcase lesson here')
    p.add_argument('--showcase', default='08_guidance')
    p.add_argument('--only', nargs='*', help='these notebooks (names or stems) only')
    p.add_argument('--chromium', default='/usr/bin/chromium')
    p.add_argument('--chromedriver', default='/usr/bin/chromedriver')
    p.add_argument('--failure-file', type=Path, help='write the one-line failure here instead of to stderr')
    a = p.parse_args()
    names = sorted(f.name for f in a.nbs.glob('[0-9]*.ipynb')) + ['index.ipynb']
    if a.only: names = [n for n in names if n in a.only or Path(n).stem in a.only]

    def fail(msg: str):
        if a.failure_file: a.failure_file.write_text(msg + '\n')
        else: print(f'browser test failed: {msg}', file=sys.stderr)
        sys.exit(1)

    if not names: fail('no notebooks to open')
    if 'index.ipynb' in names and not (a.nbs / 'index.ipynb').exists(): fail(f'index.ipynb: missing from {a.nbs}')
    if a.write and a.showcase not in [Path(n).stem for n in names]:
        fail(f'--write-screenshot needs {a.showcase}.ipynb in the run')
    run = None
    try:
        run = Run(a)
        failures = sweep(run, a.nbs, names, a.shots, a.showcase, a.write)
        for p in (PANEL, TEXT_PANEL, PAINT_PANEL):
            if a.only and p['notebook'] not in names: continue
            try:
                if run.left() < 45: raise Failure(f"{p['notebook']}: the panel was not run, out of time")
                panel(run, a.nbs, a.shots, p)
            except Failure as e:
                print(f"  {p['notebook']:<22} FAILED  the panel: {str(e)[len(p['notebook']) + 2:]}", flush=True)
                failures.append(str(e))
        if failures:
            more = f" (and {len(failures) - 1} more: {', '.join(f.split(':')[0] for f in failures[1:])})"
            fail(failures[0] + (more if len(failures) > 1 else ''))
    except Failure as e:
        fail(str(e))
    except Exception as e:  # Selenium, the server: still one line
        msg = (str(getattr(e, 'msg', '') or e).strip().splitlines() or [''])[0]
        fail(f"{run.current if run else 'starting Chromium'}: {type(e).__name__}: {msg[:200]}")
    finally:
        if run:
            try: run.d.quit()
            except Exception: pass


if __name__ == '__main__':
    main()
