using Microsoft.Playwright;

namespace Diplomacy.Classroom.Tests.Fixtures;

/// <summary>
/// WCAG 2.2's contrast minimum (1.4.3), measured in the page: every element with its own visible
/// text, against the first opaque background behind it, at least 4.5:1 (3:1 for large text).
/// Disabled controls are exempt, as WCAG exempts inactive components.
/// </summary>
public static class TextContrast
{
    private const string Measure = """
        () => {
          const rgb = (s) => (s.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const background = (node) => {
            for (let n = node; n; n = n.parentElement) {
              const c = rgb(getComputedStyle(n).backgroundColor);
              if (c.length === 3 || c[3] === 1) return c;
            }
            return [255, 255, 255];
          };
          const failures = [];
          for (const node of document.querySelectorAll("body *")) {
            const own = [...node.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim());
            if (!own || node.closest(":disabled, [hidden], svg") || !node.getClientRects().length) continue;
            const style = getComputedStyle(node);
            if (style.visibility === "hidden") continue;
            const [a, b] = [lum(rgb(style.color)), lum(background(node))];
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            const size = parseFloat(style.fontSize);
            const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
            if (ratio < (large ? 3 : 4.5)) failures.push(`${node.tagName.toLowerCase()}#${node.id} "${node.textContent.trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
          }
          return failures;
        }
        """;

    /// <summary>The elements whose text is below the minimum, each with its ratio; empty when the page passes.</summary>
    public static async Task<string[]> FailuresAsync(IPage page) => await page.EvaluateAsync<string[]>(Measure);
}
