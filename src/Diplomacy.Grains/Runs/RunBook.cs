using Diplomacy.Contracts.Messages;
using Diplomacy.Model.Negotiation;

namespace Diplomacy.Grains.Runs;

/// <summary>
/// The protocol's state while one round is played: the alternating-offers protocol (exclusions, open
/// talks, agreements) and the ranges each forum has fixed. Built afresh from the persisted state for
/// every attempt at a round and written back only when the round is complete, so a replayed round
/// starts from exactly where the last complete one ended.
/// </summary>
internal sealed class RunBook
{
    private readonly List<ForumRanges> _ranges;

    private RunBook(AlternatingOffers offers, List<ForumRanges> ranges)
    {
        Offers = offers;
        _ranges = ranges;
    }

    public AlternatingOffers Offers { get; }

    public static RunBook Of(RunState state) => new(
        new AlternatingOffers(
            state.Plan!.Models.Deadline,
            state.OpenTalks.Select(t => new OpenTalks(t.Offerer, t.Answerer, t.Terms.ToModel(), t.Origin)),
            state.Excluded,
            state.Agreements.Select(a => a.ToModel())),
        [.. state.Ranges]);

    public IReadOnlyList<IssueRange> RangesOf(string forum) => _ranges.FirstOrDefault(r => r.Forum == forum)?.Ranges ?? [];

    public void SetRanges(string forum, IReadOnlyList<IssueRange> ranges)
    {
        var index = _ranges.FindIndex(r => r.Forum == forum);
        if (index >= 0)
        {
            _ranges[index] = new ForumRanges(forum, ranges);
        }
        else
        {
            _ranges.Add(new ForumRanges(forum, ranges));
        }
    }

    public void SaveTo(RunState state)
    {
        state.OpenTalks = [.. Offers.Open.Select(t => new TalksState(t.Offerer, t.Answerer, t.Terms.ToWire(), t.Origin))];
        state.Excluded = [.. Offers.Excluded];
        state.Agreements = [.. Offers.Agreements.Select(a => a.ToWire())];
        state.Ranges = [.. _ranges];
    }
}
