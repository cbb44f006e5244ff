using System.Globalization;
using Diplomacy.Contracts.Messages;

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

    public static string Terms(IEnumerable<TermValue> terms) =>
        string.Join(", ", terms.Select(t => $"{t.Issue} {Position(t.Position)}"));

}
