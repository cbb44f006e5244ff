using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Tests.Results;

/// <summary>
/// The words of every kind of reason, made in one place: one example per kind, with the exact text
/// the trace writes (the shipped traces pin the same words byte for byte). A new kind of reason
/// without an example here fails.
/// </summary>
public sealed class TraceProseTests
{
    public static TheoryData<TraceReason, string> Examples => new()
    {
        { new NoteReason("Article line 4: 'immediately'"), "Article line 4: 'immediately'" },
        { new ShockReason(Set: 12.5, Shift: null, Line: null), "outside event sets the stance to 12.5" },
        { new ShockReason(Set: 30, Shift: null, new ShockAtRedLine(60, 100, Broke: true, Requested: 30)), "outside event sets the stance to 30; breaks its red line [60, 100], which no longer binds it" },
        {
            new ShockReason(Set: null, Shift: -60, new ShockAtRedLine(60, 100, Broke: false, Requested: 35)),
            "outside event shifts the stance by -60; stopped at its red line [60, 100] instead of 35 (the scenario does not say the line breaks)"
        },
        { new SeatingReason(SeatingChange.Excluded), "sits at no forum and receives no proposals from now on" },
        { new SeatingReason(SeatingChange.AlreadyExcluded), "already excluded" },
        { new SeatingReason(SeatingChange.Included), "may sit at forums again" },
        { new SeatingReason(SeatingChange.WasNotExcluded), "was not excluded" },
        { new UndeliveredReason("zelensky"), "zelensky is excluded from the talks" },
        { new NoStanceReason("nato"), "nato holds no stance on the issues offered" },
        { new RedLineReason("zelensky", "territory", 90, 0, 30), "crosses zelensky's red line on territory: 90 is outside [0, 30]" },
        { new AspirationReason(0.91234, 0.88, 2, 8, Met: true), "utility 0.912 against aspiration 0.88 in round 2 of 8: good enough" },
        { new AspirationReason(0.5, 0.9999, 1, 3, Met: false), "utility 0.5 against aspiration 1 in round 1 of 3: too little, counters at its aspiration" },
        { new ExcludedLapseReason("putin", "trump"), "putin is excluded from the talks; trump's counter-offer lapses unanswered" },
        { new DeadlineLapseReason("trump", 4, 3), "trump would answer in round 4, after the concession deadline (round 3): the talks lapse without agreement" },
        { new RunEndLapseReason(2, "trump", "putin"), "the run ended after round 2 before trump answered putin's counter-offer" },
        { new AgreementReason("trump", "rubio"), "trump accepted rubio's terms; both commit to them" },
        { new ForumMoveReason("riyadh", ForumMoveKind.None, "putin", null, null, null, 1.25, null), "forum riyadh: none: no offer worth taking; risk exponent 1.25" },
        {
            new ForumMoveReason("riyadh", ForumMoveKind.Compromise, "trump", "putin", -0.1234, 0.5, 0.8, new RedLineHold(60, 100, 55.5)),
            "forum riyadh: compromise with putin: EU(trump→putin) -0.123, EU(putin→trump) 0.5; risk exponent 0.8; stopped at its red line [60, 100] instead of the model's 55.5"
        },
        {
            new ForumMoveReason("riyadh", ForumMoveKind.Capitulate, "putin", "trump", 0.1, 0.2, 1, new RedLineHold(60, 100, 58), new ResolveHold(4.5, 0.9, 1, 20)),
            "forum riyadh: capitulate with trump: EU(putin→trump) 0.1, EU(trump→putin) 0.2; risk exponent 1; its resolve holds it to a step of 4.5 (1 − resolve 0.9 × salience 1, of the forum's range) instead of the model's 20; stopped at its red line [60, 100] instead of 58"
        },
        { new InfluenceReason([new SpeakerWeight("usa", 2.0 / 3), new SpeakerWeight("eu", 1.0 / 3)], 0.2, null), "pulled by usa 0.667, eu 0.333; susceptibility 0.2" },
        { new InfluenceReason([], 0.3, new RedLineHold(0, 30, 31.2)), "pulled back toward its own stance; susceptibility 0.3; held at its red line [0, 30] instead of 31.2" },
        { new AgreementStopReason("territory", "rubio", "trump"), "agreement reached on territory between rubio and trump" },
        { new ConvergeStopReason("territory", 5, 4.25), "positions on territory within 5 of each other (spread 4.25)" },
        { new StillStopReason(0.01, 0.0049), "no stance moved by more than 0.01 (largest move 0.005)" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_kind_of_reason_reads_as_the_trace_writes_it(TraceReason reason, string words) =>
        Assert.Equal(words, TraceProse.Reason(reason));

    [Fact]
    public void Every_kind_of_reason_has_an_example_here()
    {
        var kinds = typeof(TraceReason).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TraceReason)) && !t.IsAbstract);

        Assert.Equal(kinds.OrderBy(t => t.Name, StringComparer.Ordinal), Examples.Select(row => row[0].GetType()).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void An_event_without_a_reason_has_no_words() => Assert.Null(TraceProse.Reason((TraceReason?)null));

    [Theory]
    [InlineData("Article line 4.", null, "[article: Article line 4.]")]
    [InlineData(null, "Rubio presses.", "[assumed: Rubio presses.]")]
    [InlineData("Article line 4.", "Rubio presses.", "[assumed: Rubio presses.; article: Article line 4.]")]
    public void The_provenance_of_the_scenario_event_ends_the_reason(string? note, string? assumption, string mark)
    {
        var shock = Event(new SeatingReason(SeatingChange.Included), EventProvenance.Of(note, assumption));
        var proposal = Event(null, EventProvenance.Of(note, assumption));

        Assert.Equal($"may sit at forums again {mark}", TraceProse.Reason(shock));
        Assert.Equal(mark, TraceProse.Reason(proposal));
        Assert.Equal(assumption is not null, TraceProse.IsAssumed(proposal));
    }

    [Fact]
    public void An_event_no_scenario_event_caused_has_no_mark()
    {
        Assert.Equal("was not excluded", TraceProse.Reason(Event(new SeatingReason(SeatingChange.WasNotExcluded), null)));
        Assert.Null(TraceProse.Reason(Event(null, null)));
    }

    private static TraceEvent Event(TraceReason? reason, EventProvenance? basis) =>
        new("r", 1, 1, 1, TraceEventType.Include, null, "putin", null, null, null, null, null, null, reason, basis);
}
