using System.Text;
using Diplomacy.Contracts.Messages;

namespace Diplomacy.Runtime.Tables;

/// <summary>
/// Spells a proposal's terms as the JSON object the trace table's <c>terms</c> column holds:
/// issue id to position, in the proposal's order, numbers in shortest round-trip form.
/// </summary>
public static class TermsJson
{
    public static string? Format(IReadOnlyList<TermValue>? terms)
    {
        if (terms is null)
        {
            return null;
        }

        var json = new StringBuilder("{");
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append('"').Append(System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(terms[i].Issue)).Append("\":");
            json.Append(CsvText.FormatNumber(terms[i].Position));
        }

        return json.Append('}').ToString();
    }
}
