using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;
using Diplomacy.Scenarios.Parameters;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.Tables;
using Diplomacy.Scenarios.Uncertainty;
using Diplomacy.Scenarios.World;
using Diplomacy.Scenarios.Yaml;
using Diplomacy.Scenarios.Tests.Scenario;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Tests;

/// <summary>
/// Every public entry point of the library refuses a null argument by name, before it does
/// anything, instead of failing later with a NullReferenceException somewhere inside.
/// </summary>
public sealed class NullArgumentTests
{
    private static readonly YamlNodeReader Reader = new("f.yaml");
    private static readonly YamlScalarNode Node = new("x");
    private static readonly SourceLocation Here = new("f.yaml", 1, 1);

    public static TheoryData<string, string> Calls() => new()
    {
        { "InputFile.ReadText path", "path" },
        { "InputFile.ReadText kind", "kind" },
        { "InputFile.Decode", "bytes" },
        { "FileKinds.Of", "path" },
        { "ParameterPaths.Resolve scenario", "scenario" },
        { "ParameterPaths.Resolve path", "path" },
        { "ParameterSet.ApplyTo", "scenario" },
        { "ParameterValue.Parse", "text" },
        { "ScenarioDraws.Apply", "scenario" },
        { "ScenarioLoader.Load path", "path" },
        { "ScenarioLoader.Load loadWorld", "loadWorld" },
        { "ScenarioNames.Read", "reader" },
        { "WorldPaths.RefusedReason", "written" },
        { "WorldPaths.Resolve", "scenarioPath" },
        { "BdmTableReader.Parse", "text" },
        { "KtabTableReader.Parse", "text" },
        { "CsvLine.Split", "line" },
        { "UncertaintyReader.Read reader", "reader" },
        { "UncertaintyReader.Read node", "node" },
        { "ArticlePassage.Closest article", "article" },
        { "ArticlePassage.Closest quote", "quote" },
        { "ArticleQuoteChecker.Open", "reader" },
        { "ArticleQuoteChecker.Explain", "quote" },
        { "SeedAudit.Render", "loaded" },
        { "SeedAudit.Mentions issue", "issue" },
        { "SeedAudit.Mentions quote", "quote" },
        { "WorldFileReader.Read", "file" },
        { "EditDistance.Distance a", "a" },
        { "EditDistance.Distance b", "b" },
        { "EditDistance.Suggest word", "word" },
        { "EditDistance.Suggest candidates", "candidates" },
        { "YamlDocumentReader.Parse text", "text" },
        { "YamlDocumentReader.Parse file", "file" },
        { "YamlNodeReader.Locate", "node" },
        { "YamlNodeReader.Mapping node", "node" },
        { "YamlNodeReader.Mapping allowedKeys", "allowedKeys" },
        { "YamlNodeReader.Sequence", "node" },
        { "YamlNodeReader.String", "node" },
        { "YamlNodeReader.Choice", "choices" },
        { "YamlNodeReader.ToKebabCase", "pascal" },
        { "YamlNodeReader.Join", "words" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_null_argument_is_refused_by_name(string call, string parameter)
    {
        Assert.Throws<ArgumentNullException>(parameter, Call(call));
    }

    private static Action Call(string call) => call switch
    {
        "InputFile.ReadText path" => () => InputFile.ReadText(null!, InputKind.Scenario),
        "InputFile.ReadText kind" => () => InputFile.ReadText("/nonexistent", null!),
        "InputFile.Decode" => () => InputFile.Decode(null!, "f"),
        "FileKinds.Of" => () => FileKinds.Of(null!),
        "ParameterPaths.Resolve scenario" => () => ParameterPaths.Resolve(null!, "seed", out _),
        "ParameterPaths.Resolve path" => () => ParameterPaths.Resolve(AScenario(), null!, out _),
        "ParameterSet.ApplyTo" => () => ParameterSet.Empty.ApplyTo(null!),
        "ParameterValue.Parse" => () => ParameterValue.Parse(null!),
        "ScenarioDraws.Apply" => () => ScenarioDraws.Apply(null!, 1),
        "ScenarioLoader.Load path" => () => ScenarioLoader.Load(null!, _ => TestWorld.Create()),
        "ScenarioLoader.Load loadWorld" => () => ScenarioLoader.Load("/nonexistent.yaml", null!),
        "ScenarioNames.Read" => () => ScenarioNames.Read(null!, Node, "'name'"),
        "WorldPaths.RefusedReason" => () => WorldPaths.RefusedReason(null!),
        "WorldPaths.Resolve" => () => WorldPaths.Resolve(null!, "w.yaml"),
        "BdmTableReader.Parse" => () => BdmTableReader.Parse(null!, "t.csv"),
        "KtabTableReader.Parse" => () => KtabTableReader.Parse(null!, "t.csv"),
        "CsvLine.Split" => () => CsvLine.Split(null!, "t.csv", 1),
        "UncertaintyReader.Read reader" => () => UncertaintyReader.Read(null!, Node, "'uncertainty'"),
        "UncertaintyReader.Read node" => () => UncertaintyReader.Read(Reader, null!, "'uncertainty'"),
        "ArticlePassage.Closest article" => () => ArticlePassage.Closest(null!, "q"),
        "ArticlePassage.Closest quote" => () => ArticlePassage.Closest("a", null!),
        "ArticleQuoteChecker.Open" => () => ArticleQuoteChecker.Open(null!, "w.yaml", "a.txt", Here),
        "ArticleQuoteChecker.Explain" => () => new ArticleQuoteChecker("a.txt", "text").Explain(null!),
        "SeedAudit.Render" => () => SeedAudit.Render(null!),
        "SeedAudit.Mentions issue" => () => SeedAudit.Mentions(null!, "q"),
        "SeedAudit.Mentions quote" => () => SeedAudit.Mentions(new Issue("i", "t", "l", "h"), null!),
        "WorldFileReader.Read" => () => WorldFileReader.Read(null!),
        "EditDistance.Distance a" => () => EditDistance.Distance(null!, "b"),
        "EditDistance.Distance b" => () => EditDistance.Distance("a", null!),
        "EditDistance.Suggest word" => () => EditDistance.Suggest(null!, ["a"]),
        "EditDistance.Suggest candidates" => () => EditDistance.Suggest("a", null!),
        "YamlDocumentReader.Parse text" => () => YamlDocumentReader.Parse(null!, "f.yaml"),
        "YamlDocumentReader.Parse file" => () => YamlDocumentReader.Parse("a: 1", null!),
        "YamlNodeReader.Locate" => () => Reader.Locate(null!),
        "YamlNodeReader.Mapping node" => () => Reader.Mapping(null!, "m", ["a"]),
        "YamlNodeReader.Mapping allowedKeys" => () => Reader.Mapping(Node, "m", null!),
        "YamlNodeReader.Sequence" => () => Reader.Sequence(null!, "s"),
        "YamlNodeReader.String" => () => Reader.String(null!, "s"),
        "YamlNodeReader.Choice" => () => Reader.Choice<int>(Node, "c", null!),
        "YamlNodeReader.ToKebabCase" => () => YamlNodeReader.ToKebabCase(null!),
        "YamlNodeReader.Join" => () => YamlNodeReader.Join(null!),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "no such call"),
    };

    private static Diplomacy.Scenarios.Scenario.Scenario AScenario()
    {
        using var folder = new ScenarioFolder();
        return folder.Load(folder.Write("s.yaml", "name: s\nworld: world.yaml\nissues: [territory]\nrounds: 2\n"));
    }
}
