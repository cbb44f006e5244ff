using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Diplomacy.Runtime.Reports;

/// <summary>Small helpers for writing the self-contained HTML reports.</summary>
internal static partial class Html
{
    /// <summary>Inline style only: a report must open offline, so nothing is fetched (no web fonts, scripts or style sheets).</summary>
    public const string Style = """
        body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 2rem auto; max-width: 1200px; color: #222; line-height: 1.4; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; }
        h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
        p.meta { color: #555; margin-top: 0; }
        figure { margin: 0 0 1.5rem; }
        figure svg { width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: .85rem; color: #555; }
        table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0 1rem; }
        th, td { border: 1px solid #ddd; padding: .25rem .55rem; text-align: left; vertical-align: top; }
        th { background: #f4f4f4; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.up { color: #1a6e1a; } td.down { color: #a11d1d; }
        tr.accept td { background: #eef8ee; }
        code { font-size: .85rem; }
        """;

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// ScottPlot's SVG document, made fit to sit inside HTML: no XML declaration, no namespace
    /// declarations (HTML parsing supplies them, and the report then names no web address at all),
    /// and a viewBox so that it scales with the page.
    /// </summary>
    public static string InlineSvg(string svg)
    {
        var body = XmlDeclaration().Replace(svg, "");
        body = NamespaceDeclaration().Replace(body, "");
        var size = SvgSize().Match(body);
        if (size.Success)
        {
            body = body.Insert(size.Index + "<svg".Length, $" viewBox=\"0 0 {size.Groups["w"].Value} {size.Groups["h"].Value}\"");
        }

        return body.Trim();
    }

    public static void Document(StringBuilder html, string title, Action<StringBuilder> body)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        body(html);
        html.Append("</body>\n</html>\n");
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\s+xmlns(:\w+)?=""[^""]*""")]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"<svg[^>]*?\swidth=""(?<w>[\d.]+)""\s+height=""(?<h>[\d.]+)""")]
    private static partial Regex SvgSize();
}
