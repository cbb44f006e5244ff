using System.Text;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Classroom.Scenarios;

/// <summary>
/// A scenario a teacher uploads: plain data, at most <see cref="ClassroomOptions.UploadLimitBytes"/>,
/// checked with the same located errors as <c>diplomacy validate</c>. It is read in a folder of its
/// own laid out like the shipped ones — the upload in <c>scenarios/</c>, copies of the shipped worlds
/// in <c>seeds/</c> — and its <c>world:</c> must name one of those worlds; a path that leads anywhere
/// else is refused before any file is looked at. Messages name the file as the teacher named it.
/// The folder stays while the room plays the scenario (its manifest hashes the file), then goes.
/// </summary>
public sealed class ScenarioUpload : IDisposable
{
    private readonly string _root;

    private ScenarioUpload(string root, Scenario scenario)
    {
        _root = root;
        Scenario = scenario;
    }

    public Scenario Scenario { get; }

    /// <exception cref="InputException">The upload is too large, not text, not YAML, or not a valid scenario; every mistake at its place.</exception>
    public static ScenarioUpload Load(byte[] content, string? fileName, ScenarioCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(catalog);
        var shownName = SafeName(fileName);
        if (content.Length > ClassroomOptions.UploadLimitBytes)
        {
            throw Error(shownName, 1, 1, $"the file has {content.Length} bytes; an uploaded scenario may have at most {ClassroomOptions.UploadLimitBytes}");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw Error(shownName, 1, 1, "the file is not UTF-8 text; a scenario is a YAML text file");
        }

        CheckWorld(YamlDocumentReader.Parse(text, shownName), catalog);

        var root = Path.Combine(Path.GetTempPath(), $"diplomacy-upload-{Guid.NewGuid():N}");
        try
        {
            var scenarios = Directory.CreateDirectory(Path.Combine(root, "scenarios")).FullName;
            var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
            foreach (var file in Directory.GetFiles(catalog.SeedsFolder))
            {
                File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
            }

            var path = Path.Combine(scenarios, shownName);
            File.WriteAllText(path, text);
            try
            {
                return new ScenarioUpload(root, ScenarioLoader.Load(path));
            }
            catch (InputException e)
            {
                throw new InputException([.. e.Errors.Select(error => Shown(error, root))]);
            }
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder; the system clears it in time.
        }
    }

    // The only worlds an upload may name are the shipped ones, as shipped scenarios name them.
    private static void CheckWorld(YamlFile file, ScenarioCatalog catalog)
    {
        if (file.Root is not YamlMappingNode top
            || !top.Children.TryGetValue(new YamlScalarNode("world"), out var node)
            || node is not YamlScalarNode { Value: { } written })
        {
            return; // The loader reports a missing or malformed 'world' at its place.
        }

        var sandbox = Path.GetFullPath(Path.Combine("/sandbox", "scenarios"));
        var resolved = Path.GetFullPath(Path.Combine(sandbox, written));
        var seeds = Path.GetFullPath(Path.Combine("/sandbox", "seeds"));
        var name = Path.GetFileName(resolved);
        var shipped = Directory.Exists(catalog.SeedsFolder)
            ? Directory.GetFiles(catalog.SeedsFolder, "*.world.yaml").Select(Path.GetFileName).ToList()
            : [];
        if (Path.GetDirectoryName(resolved) != seeds || !shipped.Contains(name, StringComparer.Ordinal))
        {
            var location = file.Reader.Locate(node);
            var choices = string.Join(", ", shipped.Select(s => $"'../seeds/{s}'"));
            throw new InputException(new InputError(location, $"an uploaded scenario may only name a shipped world ({choices}); '{written}' is not one"));
        }
    }

    private static InputError Shown(InputError error, string root)
    {
        var file = error.Location.File.StartsWith(root, StringComparison.Ordinal)
            ? Path.GetRelativePath(Path.Combine(root, "scenarios"), error.Location.File)
            : error.Location.File;
        var message = error.Message.Replace(root + Path.DirectorySeparatorChar + "scenarios" + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace(root + Path.DirectorySeparatorChar, "../", StringComparison.Ordinal);
        return error with { Location = error.Location with { File = file }, Message = message };
    }

    private static InputException Error(string file, int line, int column, string message) =>
        new(new InputError(new SourceLocation(file, line, column), message));

    /// <summary>The uploaded file's own name, kept to safe characters; it is shown in messages and never used to reach a file.</summary>
    private static string SafeName(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? string.Empty);
        var safe = new string([.. name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')]).TrimStart('.');
        if (safe.Length == 0)
        {
            safe = "upload.yaml";
        }

        if (!safe.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !safe.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            safe += ".yaml";
        }

        return safe.Length > 80 ? safe[^80..] : safe;
    }
}
