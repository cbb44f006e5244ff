using Diplomacy.Drafting.Review;
using Diplomacy.Drafting.Text;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.World;
using Diplomacy.Scenarios.Yaml;
using Spectre.Console;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Cli.Review;

/// <summary>
/// Walks a draft world in the terminal: first the issues whose scale is still a draft (a
/// position means nothing until its ends do), then each draft stance with its sentence, then
/// the actors' numbers. After each item the file is written back, edited in place (comments and
/// order kept) and checked before it replaces the old one, so stopping at any point loses
/// nothing decided.
/// </summary>
internal sealed class DraftReviewSession(IAnsiConsole console, string path)
{
    private static readonly string[] Judgements = ["stated", "implied", "assumed", "drop"];

    private readonly ReviewPrompts _ask = new(console);
    private readonly HashSet<string> _skipped = new(StringComparer.Ordinal);
    private int _decided;
    private int _dropped;

    /// <summary>Reviews until nothing is left, the reviewer quits, or the input ends; returns how many values are still draft.</summary>
    public int Run()
    {
        try
        {
            while (Next() is { } item)
            {
                if (!item.Review(this))
                {
                    break;
                }
            }
        }
        catch (EndOfInputException)
        {
            console.MarkupLine("[grey]The input ended; what was decided is saved.[/]");
        }

        var left = Load().Loaded.Drafts.Count;
        console.WriteLine();
        console.MarkupLine($"Decided {_decided} entries and dropped {_dropped} stances; {left} values are still draft in {Markup.Escape(path)}.");
        console.MarkupLine(left == 0
            ? $"Next: [bold]diplomacy seed validate {Markup.Escape(path)}[/]"
            : $"Run [bold]diplomacy seed review {Markup.Escape(path)}[/] again to go on, or [bold]--non-interactive[/] to list them.");
        return left;
    }

    private Item? Next()
    {
        var (loaded, document) = Load();
        var world = loaded.World;
        var issues = document.Entries("issues");
        var stances = document.Entries("stances");
        var actors = document.Entries("actors");
        for (var i = 0; i < world.Issues.Count; i++)
        {
            var (issue, entry) = (world.Issues[i], issues[i]);
            if (issue.Undecided.Count > 0 && !_skipped.Contains("issue:" + issue.Id))
            {
                return new Item("issue:" + issue.Id, s => s.ReviewIssue(loaded, document, entry, issue));
            }
        }

        var draftStances = world.Stances.Where(s => s.Undecided.Count > 0).ToList();
        for (var i = 0; i < world.Stances.Count; i++)
        {
            var (stance, entry) = (world.Stances[i], stances[i]);
            if (stance.Undecided.Count > 0 && !_skipped.Contains($"stance:{stance.Actor}/{stance.Issue}"))
            {
                return new Item($"stance:{stance.Actor}/{stance.Issue}", s => s.ReviewStance(loaded, document, entry, stance, draftStances.Count));
            }
        }

        for (var i = 0; i < world.Actors.Count; i++)
        {
            var (actor, entry) = (world.Actors[i], actors[i]);
            if (actor.Undecided.Count > 0 && !_skipped.Contains("actor:" + actor.Id))
            {
                return new Item("actor:" + actor.Id, s => s.ReviewActor(document, entry, actor));
            }
        }

        return null;
    }

    private bool ReviewIssue(LoadedWorld loaded, WorldDocument document, YamlMappingNode entry, Issue issue)
    {
        console.Write(new Rule($"[bold]issue {Markup.Escape(issue.Id)}[/]").LeftJustified());
        console.MarkupLine($"Title: {Shown(issue.Title, issue.Undecided, "title")}");
        foreach (var stance in loaded.World.Stances.Where(s => s.Issue == issue.Id && s.Quote is not null).Take(3))
        {
            console.MarkupLine($"  [grey]{Markup.Escape(stance.Actor)}:[/] {Markup.Escape(stance.Quote!)}");
        }

        var values = new List<KeyValuePair<string, string?>>();
        foreach (var (key, label, hint) in new[] { ("title", "Title", "a short name for the issue"), ("low", "What position 0 means", "one end of the scale"), ("high", "What position 100 means", "the other end") })
        {
            if (!issue.Undecided.Contains(key))
            {
                continue;
            }

            var answer = _ask.Text(label, hint);
            if (!answer.HasValue || answer.Value!.Length == 0)
            {
                return Stop(answer.IsQuit, "issue:" + issue.Id);
            }

            values.Add(KeyValuePair.Create(key, (string?)WorldDocument.Scalar(answer.Value)));
        }

        return Save(document.Set(entry, values));
    }

    private bool ReviewStance(LoadedWorld loaded, WorldDocument document, YamlMappingNode entry, Stance stance, int left)
    {
        var world = loaded.World;
        var actor = world.FindActor(stance.Actor)!;
        var issue = world.FindIssue(stance.Issue)!;
        var alternatives = document.Alternatives(entry);
        console.Write(new Rule($"[bold]{Markup.Escape(stance.Actor)} on {Markup.Escape(stance.Issue)}[/] [grey]{left} draft stances left[/]").LeftJustified());
        console.MarkupLine($"[bold]{Markup.Escape(actor.Name)}[/]: {YamlNodeReader.WordOf(actor.Kind)}, {Shown(actor.Role, actor.Undecided, "role")}");
        console.MarkupLine($"Issue: {Shown(issue.Title, issue.Undecided, "title")}; 0 = {Shown(issue.Low, issue.Undecided, "low")}; 100 = {Shown(issue.High, issue.Undecided, "high")}");
        if (stance.Quote is { } quote)
        {
            var sentences = SentenceSplitter.Split(loaded.ArticleText);
            if (SentenceSplitter.Around(loaded.ArticleText, sentences, quote) is { } sentence)
            {
                console.MarkupLine($"Line {sentence.Line}: {Highlighted(sentence.TextOf(loaded.ArticleText), quote)}");
            }

            console.MarkupLine($"Quote 1: [yellow]{Markup.Escape(quote)}[/]");
            for (var k = 0; k < alternatives.Count; k++)
            {
                console.MarkupLine($"Quote {k + 2}: {Markup.Escape(alternatives[k])}");
            }
        }

        var key = $"stance:{stance.Actor}/{stance.Issue}";
        var values = new List<KeyValuePair<string, string?>>();
        var confidence = YamlNodeReader.WordOf(stance.Confidence);
        if (stance.Undecided.Contains("confidence"))
        {
            var judged = _ask.Choice("Is it the article's word (stated), implied by it, assumed, or wrong (drop)?", Judgements);
            if (!judged.HasValue)
            {
                return Stop(judged.IsQuit, key);
            }

            if (judged.Value == "drop")
            {
                _dropped++;
                return Save(document.Remove(entry), counts: false);
            }

            confidence = judged.Value!;
            values.Add(KeyValuePair.Create("confidence", (string?)confidence));
        }

        var choseQuote = false;
        if (alternatives.Count > 0 && confidence != "assumed")
        {
            var chosen = _ask.Number("Which quote", 1, alternatives.Count + 1, $"1 keeps quote 1, up to {alternatives.Count + 1}");
            if (!chosen.HasValue || chosen.Value != Math.Floor(chosen.Value))
            {
                return Stop(chosen.IsQuit, key);
            }

            choseQuote = true;
            if (chosen.Value > 1)
            {
                values.Add(KeyValuePair.Create("quote", (string?)WorldDocument.Scalar(alternatives[(int)chosen.Value - 2])));
            }
        }

        foreach (var (name, minimum, maximum, hint) in new[]
                 {
                     ("position", 0.0, 100.0, "0 to 100 on the issue's scale"),
                     ("salience", 0.0, 1.0, "0 to 1: how much the issue matters to the actor"),
                     ("resolve", 0.0, 1.0, "0 to 1: how hard the position is held"),
                 })
        {
            if (!stance.Undecided.Contains(name))
            {
                continue;
            }

            var answer = _ask.Number(char.ToUpperInvariant(name[0]) + name[1..], minimum, maximum, hint);
            if (!answer.HasValue)
            {
                return Stop(answer.IsQuit, key);
            }

            values.Add(KeyValuePair.Create(name, (string?)WorldDocument.Number(answer.Value)));
        }

        if (confidence == "assumed")
        {
            var assumption = _ask.Text("Assumption", "why these numbers, since the article does not say it");
            if (!assumption.HasValue || assumption.Value!.Length == 0)
            {
                return Stop(assumption.IsQuit, key);
            }

            // An assumed stance carries no quote: nothing assumed is dressed up as stated.
            values.Add(KeyValuePair.Create("quote", (string?)null));
            values.Add(KeyValuePair.Create("assumption", (string?)WorldDocument.Scalar(assumption.Value)));
        }

        return Save(document.Set(entry, values, insertAfter: "confidence", dropAlternatives: choseQuote || confidence == "assumed"));
    }

    private bool ReviewActor(WorldDocument document, YamlMappingNode entry, Actor actor)
    {
        console.Write(new Rule($"[bold]actor {Markup.Escape(actor.Id)}[/]").LeftJustified());
        console.MarkupLine($"[bold]{Markup.Escape(actor.Name)}[/]: {YamlNodeReader.WordOf(actor.Kind)}, {Shown(actor.Role, actor.Undecided, "role")}{(actor.MemberOf is null ? string.Empty : $", member of {Markup.Escape(actor.MemberOf)}")}");
        var values = new List<KeyValuePair<string, string?>>();
        foreach (var (name, label, hint, numeric, maximum) in new[]
                 {
                     ("role", "Role", "office or what the actor is", false, 0.0),
                     ("capability", "Capability", "relative power, 0 or more; the strongest actor 100", true, 1e9),
                     ("susceptibility", "Susceptibility", "0 to 1: 0 never moved by others, 1 forgets its own start", true, 1.0),
                     ("assumption", "Assumption", "why these two numbers", false, 0.0),
                 })
        {
            if (!actor.Undecided.Contains(name))
            {
                continue;
            }

            string? value;
            if (numeric)
            {
                var answer = _ask.Number(label, 0, maximum, hint);
                if (!answer.HasValue)
                {
                    return Stop(answer.IsQuit, "actor:" + actor.Id);
                }

                value = WorldDocument.Number(answer.Value);
            }
            else
            {
                var answer = _ask.Text(label, hint);
                if (!answer.HasValue || answer.Value!.Length == 0)
                {
                    return Stop(answer.IsQuit, "actor:" + actor.Id);
                }

                value = WorldDocument.Scalar(answer.Value);
            }

            values.Add(KeyValuePair.Create(name, (string?)value));
        }

        return Save(document.Set(entry, values));
    }

    /// <summary>Skip (remember the item, go on) or quit (stop the loop).</summary>
    private bool Stop(bool quit, string key)
    {
        _skipped.Add(key);
        return !quit;
    }

    /// <summary>Writes the edited text through a staging file that must load as a world (drafts allowed) before it replaces the file.</summary>
    private bool Save(string text, bool counts = true)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var staging = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.review");
        try
        {
            File.WriteAllText(staging, text);
            WorldFileReader.Read(YamlDocumentReader.Parse(text, path), allowDrafts: true);
            File.Move(staging, path, overwrite: true);
        }
        finally
        {
            File.Delete(staging);
        }

        if (counts)
        {
            _decided++;
        }

        return true;
    }

    private (LoadedWorld Loaded, WorldDocument Document) Load()
    {
        var text = File.ReadAllText(path);
        return (WorldFileReader.Read(YamlDocumentReader.Parse(text, path), allowDrafts: true), WorldDocument.Parse(path, text));
    }

    private static string Shown(string? value, IReadOnlyList<string> undecided, string key) =>
        value is null ? "[grey]none[/]" : undecided.Contains(key) ? "[grey](draft)[/]" : Markup.Escape(value);

    private static string Highlighted(string sentence, string quote)
    {
        var at = sentence.IndexOf(quote, StringComparison.Ordinal);
        return at < 0
            ? Markup.Escape(sentence)
            : $"{Markup.Escape(sentence[..at])}[yellow]{Markup.Escape(quote)}[/]{Markup.Escape(sentence[(at + quote.Length)..])}";
    }

    private sealed record Item(string Key, Func<DraftReviewSession, bool> Review);
}
