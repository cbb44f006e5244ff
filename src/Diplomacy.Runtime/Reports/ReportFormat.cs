using System.Globalization;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Reports;

/// <summary>How numbers and terms read in reports and on the console (for people; the tables keep full precision).</summary>
public static class ReportFormat
{
    public static string Position(double? value) =>
        value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    public static string Difference(double? value) =>
        value is { } v ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "–";

    public static string Utility(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    public static string Terms(IEnumerable<Term> terms) =>
        string.Join(", ", terms.Select(t => $"{t.Issue} {Position(t.Position)}"));

    /// <summary>The trace's JSON terms (<c>{"ceasefire":40}</c>) as "ceasefire 40.0"; anything unreadable is shown as it is.</summary>
    public static string Terms(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return "";
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return Terms(document.RootElement.EnumerateObject().Select(p => new Term(p.Name, p.Value.GetDouble())));
        }
        catch (System.Text.Json.JsonException)
        {
            return json;
        }
    }
}
