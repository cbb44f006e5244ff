using System.Globalization;
using System.Text;

namespace Diplomacy.Runtime.Output;

/// <summary>
/// The <c>manifest.json</c> of an output that is not a single run (a comparison, a forecast): the
/// command, what it was given, and every file of the folder, so that a later command recognises
/// the folder as ours (<see cref="OutputFolder"/>). Written by hand, in a fixed order: a JSON
/// library's encoders cost the forecast's start-up more than the whole forecast of a small table.
/// </summary>
public static class OutputManifest
{
    /// <summary>Writes the manifest as the last file of <paramref name="staging"/>, before it is published.</summary>
    /// <param name="details">Name and value pairs, written in the order given.</param>
    public static void Write(StagingFolder staging, string command, params string[] details)
    {
        ArgumentNullException.ThrowIfNull(staging);
        ArgumentNullException.ThrowIfNull(details);
        var files = new List<string>(staging.Files()) { OutputFolder.ManifestFile };
        files.Sort(StringComparer.Ordinal);
        var json = new StringBuilder("{\n");
        json.Append("  \"command\": ").Append(Quote(command)).Append(",\n");
        for (var i = 0; i + 1 < details.Length; i += 2)
        {
            json.Append("  ").Append(Quote(details[i])).Append(": ").Append(Quote(details[i + 1])).Append(",\n");
        }

        json.Append("  \"files\": [");
        for (var i = 0; i < files.Count; i++)
        {
            json.Append(i == 0 ? "\n    " : ",\n    ").Append(Quote(files[i]));
        }

        json.Append("\n  ]\n}\n");
        File.WriteAllText(Path.Combine(staging.Working, OutputFolder.ManifestFile), json.ToString());
    }

    /// <summary>A JSON string: quotes, backslashes and control characters escaped, everything else as it is.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                < ' ' => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
