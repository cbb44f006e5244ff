using System.Text.Encodings.Web;
using System.Text.Json;

namespace Diplomacy.Runtime.Output;

/// <summary>
/// The <c>manifest.json</c> of an output that is not a single run (a comparison, a forecast): the
/// command, what it was given, and every file of the folder, so that a later command recognises
/// the folder as ours (<see cref="OutputFolder"/>). Written by hand, in a fixed order, with no
/// reflection: the forecast's start-up pays for nothing it does not use.
/// </summary>
public static class OutputManifest
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the manifest as the last file of <paramref name="staging"/>, before it is published.</summary>
    /// <param name="details">Name and value pairs, written in the order given.</param>
    public static void Write(StagingFolder staging, string command, params string[] details)
    {
        ArgumentNullException.ThrowIfNull(staging);
        ArgumentNullException.ThrowIfNull(details);
        var files = new List<string>(staging.Files()) { OutputFolder.ManifestFile };
        files.Sort(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            for (var i = 0; i + 1 < details.Length; i += 2)
            {
                json.WriteString(details[i], details[i + 1]);
            }

            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        File.WriteAllBytes(Path.Combine(staging.Working, OutputFolder.ManifestFile), buffer.ToArray());
    }
}
