using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Experiments.Scoring;

/// <summary>
/// Reads an observations file (docs/scoring.md): a list of dated observations, each an agreement
/// on an issue by a round or an actor's final stance inside a range, and whether it happened. Every
/// mistake is reported at its place, all at once; ids are checked against the sweep later, where
/// the sweep's tables are known (<see cref="CheckAgainst"/>).
/// </summary>
public static class ObservationsReader
{
    public static IReadOnlyList<string> TopLevel { get; } = ["description", "observations"];

    public static IReadOnlyList<string> Item { get; } = ["id", "date", "note", "agreement", "by-round", "stance", "happened"];

    public static IReadOnlyList<string> Stance { get; } = ["actor", "issue", "between"];

    public static IReadOnlyList<Observation> Load(string path)
    {
        var file = YamlDocumentReader.Load(path, InputKind.Observations);
        var reader = file.Reader;
        PlainData.RejectTags(reader, file.Root);
        var observations = new List<Observation>();
        if (reader.Mapping(file.Root, "the observations file", TopLevel) is { } top)
        {
            top.OptionalString("description");
            var items = top.RequiredSequence("observations") ?? [];
            if (items.Count == 0 && top.Has("observations"))
            {
                reader.Report(top.LocationOf("observations"), "'observations' must list at least one observation");
            }

            foreach (var item in items)
            {
                if (ReadOne(reader, item) is { } observation)
                {
                    if (observations.Any(o => o.Id == observation.Id))
                    {
                        reader.Report(observation.Location, $"observation id '{observation.Id}' is used twice; give each observation its own id");
                    }

                    observations.Add(observation);
                }
            }
        }

        reader.ThrowIfErrors();
        return observations;
    }

    /// <summary>Reports every observation that names an issue or a stance the sweep does not have.</summary>
    /// <param name="issues">The issues in play in the sweep.</param>
    /// <param name="stances">The sweep's stances as (actor, issue).</param>
    public static void CheckAgainst(IReadOnlyList<Observation> observations, IReadOnlyList<string> issues, IReadOnlyList<(string Actor, string Issue)> stances)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var errors = new List<InputError>();
        foreach (var observation in observations)
        {
            var problem = observation switch
            {
                AgreementObservation agreement when !issues.Contains(agreement.Issue, StringComparer.Ordinal) =>
                    $"observation '{agreement.Id}': issue '{agreement.Issue}' is not in play in this sweep{EditDistance.DidYouMean(agreement.Issue, issues)}",
                StanceObservation stance when !stances.Contains((stance.Actor, stance.Issue)) =>
                    $"observation '{stance.Id}': the sweep has no stance of '{stance.Actor}' on '{stance.Issue}'{EditDistance.DidYouMean($"{stance.Actor} on {stance.Issue}", stances.Select(s => $"{s.Actor} on {s.Issue}"))}",
                _ => null,
            };
            if (problem is not null)
            {
                errors.Add(new InputError(observation.Location, problem));
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }

    private static Observation? ReadOne(YamlNodeReader reader, YamlNode item)
    {
        if (reader.Mapping(item, "an observation", Item) is not { } m)
        {
            return null;
        }

        var id = m.Required("id") is { } idNode ? ScenarioNames.Read(reader, idNode, "'id' of an observation") : null;
        var date = m.OptionalString("date");
        var note = m.OptionalString("note");
        var happened = m.OptionalBool("happened") ?? true;
        var location = reader.Locate(item);
        var kind = KindOf(reader, m);
        if (kind == "agreement")
        {
            var issue = m.RequiredString("agreement");
            var byRound = m.RequiredInt("by-round", 1, ScenarioLimits.MaxRounds);
            return id is null || issue is null || byRound is null ? null : new AgreementObservation(id, date, note, happened, location, issue, byRound.Value);
        }

        if (m.Has("by-round"))
        {
            reader.Report(m.KeyLocation("by-round"), "'by-round' belongs to an agreement; a stance observation is about where the run ends");
        }

        var stance = kind == "stance" ? m.RequiredMapping("stance", "'stance' of an observation", Stance) : null;
        if (stance is null)
        {
            return null;
        }

        var actor = stance.RequiredString("actor");
        var stanceIssue = stance.RequiredString("issue");
        var range = ReadRange(reader, stance);
        return id is null || actor is null || stanceIssue is null || range is null
            ? null
            : new StanceObservation(id, date, note, happened, location, actor, stanceIssue, range.Value.Low, range.Value.High);
    }

    private static string? KindOf(YamlNodeReader reader, YamlMappingReader m)
    {
        var (agreement, stance) = (m.Has("agreement"), m.Has("stance"));
        if (agreement == stance)
        {
            reader.Report(m.Node, "an observation gives either 'agreement' (an issue, with 'by-round') or 'stance' ({ actor, issue, between: [low, high] })");
            return null;
        }

        return agreement ? "agreement" : "stance";
    }

    private static (double Low, double High)? ReadRange(YamlNodeReader reader, YamlMappingReader stance)
    {
        if (stance.RequiredSequence("between") is not { } bounds)
        {
            return null;
        }

        if (bounds.Count != 2)
        {
            reader.Report(stance.LocationOf("between"), $"'between' must be [low, high], two positions; got {bounds.Count} values");
            return null;
        }

        var low = reader.Double(bounds[0], "the low end of 'between'", Model.World.Issue.Minimum, Model.World.Issue.Maximum);
        var high = reader.Double(bounds[1], "the high end of 'between'", Model.World.Issue.Minimum, Model.World.Issue.Maximum);
        if (low is null || high is null)
        {
            return null;
        }

        if (low > high)
        {
            reader.Report(stance.LocationOf("between"), $"'between' must be [low, high] with low at most high; got [{low}, {high}]");
            return null;
        }

        return (low.Value, high.Value);
    }
}
