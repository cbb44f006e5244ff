using Diplomacy.Model.World;

namespace Diplomacy.Drafting.Tests;

/// <summary>
/// How much of a hand-drawn world a draft of the same article offers. The figures the README
/// reports are computed here, with these definitions:
/// <list type="bullet">
/// <item>an actor is found when the draft has an actor with the same id or the same name;</item>
/// <item>a quote (of a stance or a red line; each distinct text once) is offered when some
/// quote the draft offers (a stance's quote or one of its alternatives) contains it or lies
/// within it: the reviewer sees those words, at most to be trimmed or widened;</item>
/// <item>for the stricter figure, a stance's quote counts only when offered to the same actor;</item>
/// <item>exact: the draft offers the very same words.</item>
/// </list>
/// </summary>
internal sealed record Recall(
    int Actors, int ActorsFound, IReadOnlyList<string> ActorsMissed,
    int Quotes, int QuotesOffered, IReadOnlyList<string> QuotesMissed,
    int Stances, int StancesOfferedToTheirActor, int QuotesExact)
{
    public double ActorShare => (double)ActorsFound / Actors;

    public double QuoteShare => (double)QuotesOffered / Quotes;

    public double SameActorShare => (double)StancesOfferedToTheirActor / Stances;

    public static Recall Measure(DraftWorld draft, SeedWorld handDrawn)
    {
        var idOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in handDrawn.Actors)
        {
            var match = draft.Actors.FirstOrDefault(d => d.Id == actor.Id) ?? draft.Actors.FirstOrDefault(d => string.Equals(d.Name, actor.Name, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                idOf.Add(actor.Id, match.Id);
            }
        }

        var offered = draft.OfferedQuotes.ToList();
        static bool Overlaps(string offer, string quote) =>
            offer.Contains(quote, StringComparison.Ordinal) || quote.Contains(offer, StringComparison.Ordinal);

        var stanceQuotes = handDrawn.Stances.Where(s => s.Quote is not null).Select(s => (s.Actor, Quote: s.Quote!))
            .Concat(handDrawn.Stances.Where(s => s.RedLine?.Quote is not null).Select(s => (s.Actor, Quote: s.RedLine!.Quote!)))
            .ToList();
        var quotes = stanceQuotes.Select(q => q.Quote).Distinct(StringComparer.Ordinal).ToList();
        var missed = quotes.Where(q => !offered.Any(o => Overlaps(o.Quote, q))).ToList();
        var sameActor = stanceQuotes.Count(q => idOf.TryGetValue(q.Actor, out var id) && offered.Any(o => o.Actor == id && Overlaps(o.Quote, q.Quote)));
        var exact = quotes.Count(q => offered.Any(o => o.Quote == q));

        return new Recall(
            handDrawn.Actors.Count, idOf.Count, handDrawn.Actors.Where(a => !idOf.ContainsKey(a.Id)).Select(a => a.Id).ToList(),
            quotes.Count, quotes.Count - missed.Count, missed,
            stanceQuotes.Count, sameActor, exact);
    }

    public override string ToString() =>
        $"actors found: {ActorsFound}/{Actors} ({ActorShare:P0}); quotes offered: {QuotesOffered}/{Quotes} ({QuoteShare:P0}); " +
        $"stance quotes offered to their own actor: {StancesOfferedToTheirActor}/{Stances} ({SameActorShare:P0}); exact quotes: {QuotesExact}/{Quotes}" +
        $"{Environment.NewLine}actors missed: {string.Join(", ", ActorsMissed)}{Environment.NewLine}quotes missed:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", QuotesMissed)}";
}
