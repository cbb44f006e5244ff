using System.Globalization;
using System.Text;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>How the console exporters write attribute values: invariant numbers, arrays in brackets, text with spaces quoted.</summary>
internal static class TelemetryText
{
    public static void AppendAttributes(StringBuilder line, IEnumerable<KeyValuePair<string, object?>> attributes)
    {
        foreach (var (key, value) in attributes)
        {
            line.Append(' ').Append(key).Append('=');
            AppendValue(line, value);
        }
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static void AppendValue(StringBuilder line, object? value)
    {
        switch (value)
        {
            case null:
                line.Append("null");
                break;
            case string text:
                line.Append(text.Contains(' ', StringComparison.Ordinal) || text.Length == 0 ? $"\"{text}\"" : text);
                break;
            case double number:
                line.Append(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case System.Collections.IEnumerable items:
                line.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    line.Append(first ? "" : ",");
                    AppendValue(line, item);
                    first = false;
                }

                line.Append(']');
                break;
            case IFormattable formattable:
                line.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                line.Append(value);
                break;
        }
    }
}
