package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * Measures in the browser what a reader sees: names cut off, chart labels drawn over each other,
 * a focus indicator too faint to find, a required field without its marker. Each check returns
 * what it found wrong, so a failing test names the element.
 */
final class Legibility {

    private Legibility() {
    }

    /**
     * The texts of the elements matched by {@code selector} that do not fit: the element, or the
     * grid cell it sits in, is narrower than its content (as with "Constr…").
     */
    @SuppressWarnings("unchecked")
    static List<String> clipped(Page page, String selector) {
        return (List<String>) page.evaluate("""
                selector => [...document.querySelectorAll(selector)]
                  .filter(e => e.getClientRects().length > 0)
                  .filter(e => [e, e.closest('vaadin-grid-cell-content')].filter(Boolean)
                    .some(box => box.scrollWidth > box.clientWidth + 1
                      || (getComputedStyle(box).textOverflow === 'ellipsis' && box.scrollWidth > box.clientWidth)))
                  .map(e => e.textContent.trim())
                """, selector);
    }

    /** How many texts the chart draws, and which pairs of them overlap on screen. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> chartLabels(Locator chart) {
        return (Map<String, Object>) chart.evaluate("""
                host => {
                  const texts = [...host.querySelectorAll('svg text')]
                    .filter(t => t.textContent.trim() && getComputedStyle(t).display !== 'none'
                      && t.getAttribute('opacity') !== '0' && t.style.opacity !== '0')
                    .map(t => ({ text: t.textContent.trim(), box: t.getBoundingClientRect() }))
                    .filter(t => t.box.width > 0 && t.box.height > 0);
                  const overlaps = [];
                  for (let i = 0; i < texts.length; i++) {
                    for (let j = i + 1; j < texts.length; j++) {
                      const a = texts[i].box, b = texts[j].box;
                      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                      if (x > 1 && y > 1) {
                        overlaps.push(texts[i].text + ' / ' + texts[j].text);
                      }
                    }
                  }
                  const inside = host.getBoundingClientRect();
                  const outside = texts.filter(t => t.box.left < inside.left - 1 || t.box.right > inside.right + 1)
                    .map(t => t.text);
                  return { count: texts.length, overlaps, outside };
                }
                """);
    }

    /**
     * Presses Tab {@code stops} times and, at each stop, finds the focus indicator (outline or box
     * shadow that appears with focus, on the element, its shadow parts or its hosts) and its
     * contrast against the background behind it. Returns one line per stop whose best indicator
     * stays under 3:1, or that has none.
     */
    @SuppressWarnings("unchecked")
    static List<String> faintFocus(Page page, int stops) {
        page.evaluate(FOCUS_SCRIPT);
        List<String> faint = new java.util.ArrayList<>();
        for (int i = 0; i < stops; i++) {
            page.keyboard().press("Tab");
            // Lumo sets [focus-ring] and runs its transitions in the next frames
            page.waitForTimeout(300);
            if (!(Boolean) page.evaluate("() => window.__focusCapture()")) {
                continue;
            }
            page.evaluate("() => window.__focusBlur()");
            page.waitForTimeout(300);
            Map<String, Object> found = (Map<String, Object>) page.evaluate("() => window.__focusIndicator()");
            double best = ((Number) found.get("best")).doubleValue();
            if (best < 3.0) {
                faint.add(found.get("element") + ": " + String.format(java.util.Locale.ROOT, "%.2f", best)
                        + " (focused " + found.get("focused") + "; unfocused " + found.get("unfocused") + ")");
            }
            page.evaluate("() => window.__focusRestore()");
            page.waitForTimeout(100);
        }
        return faint;
    }

    private static final String FOCUS_SCRIPT = """
            () => {
              const parse = c => {
                const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
                if (!m) return null;
                const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
                return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
              };
              const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              const lum = c => 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
              const over = (c, bg) => ({ r: c.r * c.a + bg.r * (1 - c.a), g: c.g * c.a + bg.g * (1 - c.a),
                b: c.b * c.a + bg.b * (1 - c.a), a: 1 });
              const ratio = (x, y) => { const a = lum(x), b = lum(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
              const up = e => e.parentElement || (e.getRootNode() && e.getRootNode().host) || null;
              const background = e => {
                for (let n = e; n; n = up(n)) {
                  const c = parse(getComputedStyle(n).backgroundColor);
                  if (c && c.a > 0.5) return { r: c.r, g: c.g, b: c.b, a: 1 };
                }
                return { r: 255, g: 255, b: 255, a: 1 };
              };
              const deepActive = () => {
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                return e;
              };
              const candidates = e => {
                const out = [];
                for (let n = e, i = 0; n && i < 5; n = up(n), i++) {
                  out.push(n);
                  if (n.shadowRoot) out.push(...[...n.shadowRoot.querySelectorAll('*')].slice(0, 80));
                }
                return out;
              };
              const indicators = e => {
                const found = [];
                for (const pseudo of [null, '::before', '::after']) {
                  const s = getComputedStyle(e, pseudo);
                  if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) {
                    found.push(s.outlineColor);
                  }
                  if (s.boxShadow && s.boxShadow !== 'none') {
                    for (const shadow of s.boxShadow.split(/,(?![^(]*\\))/)) {
                      const colour = /rgba?\\([^)]*\\)/.exec(shadow);
                      const lengths = shadow.replace(/rgba?\\([^)]*\\)/, '').match(/-?[\\d.]+px/g) || [];
                      const spread = lengths.length > 3 ? parseFloat(lengths[3]) : 0;
                      if (colour && spread >= 1) found.push(colour[0]);
                    }
                  }
                }
                return found;
              };
              const colours = e => {
                const out = [];
                candidates(e).forEach((c, i) => indicators(c).forEach(raw => {
                  const p = parse(raw);
                  if (p && p.a > 0) out.push(i + ':' + raw);
                }));
                return out;
              };
              let element = null, focused = [];
              window.__focusCapture = () => {
                element = deepActive();
                if (!element || element === document.body || element === document.documentElement) return false;
                focused = colours(element);
                return true;
              };
              window.__focusBlur = () => element.blur();
              window.__focusRestore = () => { if (element && element.isConnected) element.focus(); };
              window.__focusIndicator = () => {
                const unfocused = colours(element);
                const remaining = [...unfocused];
                const added = focused.filter(c => {
                  const i = remaining.indexOf(c);
                  if (i >= 0) { remaining.splice(i, 1); return false; }
                  return true;
                });
                const bg = background(up(element) || element);
                const best = Math.max(0, ...added.map(c => ratio(over(parse(c.slice(c.indexOf(':') + 1)), bg), bg)));
                const host = element.getRootNode().host;
                const named = host && !element.id ? host : element;
                return { element: (named.id ? '#' + named.id : named.tagName.toLowerCase()) + ' "'
                    + (named.getAttribute('aria-label') || named.textContent || '').trim().slice(0, 30) + '"',
                  best, focused: [...new Set(added)].join(' | ') || 'nothing new',
                  unfocused: [...new Set(unfocused)].length + ' indicators' };
              };
            }
            """;

    /** The required marker a Vaadin field shows next to its label ("*"), or "none". */
    static String requiredMarker(Locator field) {
        return (String) field.evaluate("""
                f => {
                  if (!f.hasAttribute('required')) return 'none';
                  const indicator = f.shadowRoot && f.shadowRoot.querySelector('[part=required-indicator]');
                  if (!indicator) return 'none';
                  const s = getComputedStyle(indicator, '::after');
                  return s.opacity === '0' || s.display === 'none' ? 'none' : s.content.replace(/"/g, '');
                }
                """);
    }
}
