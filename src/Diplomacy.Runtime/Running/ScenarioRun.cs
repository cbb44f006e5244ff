using System.Globalization;
using Diplomacy.Contracts;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Model.Dynamics;
using Diplomacy.Model.Influence;
using Diplomacy.Model.World;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Telemetry;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Running;

/// <summary>
/// One run, driven round by round from the client side. Order comes from here: the events of a
/// round in file order, then influence, then the stances; each trace event gets the next
/// sequence number as it is produced. Concurrency comes from fanning out within a step and
/// gathering the answers by index, so no output depends on timing or on the number of silos.
/// </summary>
internal sealed class ScenarioRun(
    IGrainFactory grains,
    Scenario scenario,
    string run,
    string runKey,
    int seed,
    int rounds,
    ITraceSink sink,
    CancellationToken cancellationToken)
{
    // Every actor of the world gets a grain, even one with no stance on the issues in play: it can
    // still sit at a forum (and sit out every issue) or be offered terms (and say it holds no stance).
    private readonly IReadOnlyList<Actor> _actors = scenario.World.Actors;
    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);
    private readonly List<Agreement> _agreements = [];

    // Counter-offers waiting for an answer next round, in the order their talks were opened.
    private readonly List<OpenTalks> _talks = [];
    private readonly Dictionary<string, (IReadOnlyList<int> Holders, FriedkinJohnsen Network)> _influence = new(StringComparer.Ordinal);
    private readonly int _deadline = scenario.Models.Concession.Deadline ?? rounds;

    // Red lines a shock broke in this run ("actor issue"); only looked up, never iterated.
    private readonly HashSet<string> _brokenRedLines = new(StringComparer.Ordinal);
    private long _seq;

    public async Task<RunResult> ExecuteAsync()
    {
        using var span = DiplomacyTelemetry.StartRun(run, scenario.Name, seed, rounds);
        await Task.WhenAll(_actors.Select(a => Grain(a.Id).Setup(SetupOf(a))));
        var start = await StancesAsync(0);
        var previous = start;
        var roundsRun = 0;
        string? stoppedBy = null;
        for (var round = 1; round <= rounds && stoppedBy is null; round++)
        {
            await PlayRoundAsync(round);
            var current = await StancesAsync(round);
            roundsRun = round;
            stoppedBy = StopRules.FirstMet(scenario.StopWhen, previous, current, _agreements);
            previous = current;
            if (stoppedBy is not null)
            {
                await EmitAsync(round, TraceEventTypes.Stop, reason: stoppedBy);
            }
        }

        // Talks still waiting for an answer are closed in the trace, so every offer's fate is on record.
        foreach (var talks in _talks)
        {
            await EmitAsync(
                roundsRun,
                TraceEventTypes.Lapse,
                talks.Offerer,
                talks.Answerer,
                terms: talks.Terms,
                reason: $"the run ended after round {roundsRun} before {talks.Answerer} answered {talks.Offerer}'s counter-offer");
        }

        await Task.WhenAll(_actors.Select(a => Grain(a.Id).Retire()));
        await Task.WhenAll(scenario.Events.OfType<ForumEvent>().Select(f => f.Name).Distinct(StringComparer.Ordinal)
            .Select(name => grains.GetGrain<IForumGrain>(GrainKeys.Forum(runKey, name)).Retire()));
        return new RunResult(run, seed, rounds, roundsRun, stoppedBy, start, previous, _agreements);
    }

    private ActorSetup SetupOf(Actor actor)
    {
        var stances = scenario.Issues
            .Select(issue => scenario.World.FindStance(actor.Id, issue))
            .OfType<Stance>()
            .Select(s => new IssueStance(s.Issue, s.Position, s.Salience, s.Resolve, s.RedLine?.Minimum, s.RedLine?.Maximum));
        var concession = scenario.Models.Concession;
        return new ActorSetup(run, actor.Id, actor.Capability, actor.Susceptibility, [.. stances], concession.Beta, concession.Deadline ?? rounds, scenario.Models.IsResolveBounded);
    }

    private async Task PlayRoundAsync(int round)
    {
        using var span = DiplomacyTelemetry.StartRound(run, round);
        // Steps only order a grain's changes within the round: owed answers, then events, then influence.
        var step = 0;
        var owed = _talks.ToList();
        _talks.Clear();
        foreach (var talks in owed)
        {
            await ContinueTalksAsync(new StepStamp(round, ++step), talks);
        }

        foreach (var roundEvent in scenario.EventsIn(round))
        {
            var stamp = new StepStamp(round, ++step);
            await (roundEvent switch
            {
                ShockEvent shock => ShockAsync(stamp, shock),
                ExcludeEvent exclude => SeatAsync(round, exclude.Actors, TraceEventTypes.Exclude, EventBasis.Of(exclude)),
                IncludeEvent include => SeatAsync(round, include.Actors, TraceEventTypes.Include, EventBasis.Of(include)),
                ProposeEvent propose => ProposeAsync(stamp, propose),
                ForumEvent forum => SitAsync(stamp, forum),
                var other => throw new InputException(new InputError(other.Location, $"the engine cannot play a '{other.GetType().Name}' event")),
            });
        }

        if (scenario.Models.Influence.Enabled)
        {
            for (var pass = 1; pass <= scenario.Models.Influence.StepsPerRound; pass++)
            {
                await InfluenceAsync(new StepStamp(round, ++step));
            }
        }
    }

    private async Task ShockAsync(StepStamp stamp, ShockEvent shock)
    {
        RequireStance(shock.Actor, shock.Issue, shock.Location);
        var line = RedLineOf(shock.Actor, shock.Issue);
        var change = await Grain(shock.Actor).ApplyShock(new ShockOrder(stamp, shock.Issue, shock.Set, shock.Shift, shock.BreaksRedLine));
        var reason = shock.Set is { } set ? $"outside event sets the stance to {Number(set)}" : $"outside event shifts the stance by {Number(shock.Shift ?? 0)}";

        // The grain applied the same pure rule; the runner only names what it did.
        var outcome = ShockRule.Apply(change.Before, shock.Set, shock.Shift, line, shock.BreaksRedLine);
        if (outcome.Effect == ShockEffect.BrokeRedLine)
        {
            _brokenRedLines.Add($"{shock.Actor} {shock.Issue}");
            reason += $"; breaks its red line [{Number(line!.Minimum)}, {Number(line.Maximum)}], which no longer binds it";
        }
        else if (outcome.Effect == ShockEffect.StoppedAtRedLine)
        {
            reason += $"; stopped at its red line [{Number(line!.Minimum)}, {Number(line.Maximum)}] instead of {Number(outcome.Requested)} (the scenario does not say the line breaks)";
        }

        await EmitAsync(stamp.Round, TraceEventTypes.Shock, to: shock.Actor, issue: shock.Issue, before: change.Before, after: change.After, reason: EventBasis.Append(reason, EventBasis.Of(shock)));
    }

    private async Task SeatAsync(int round, IReadOnlyList<string> actors, string type, string basis)
    {
        foreach (var actor in actors)
        {
            var changed = type == TraceEventTypes.Exclude ? _excluded.Add(actor) : _excluded.Remove(actor);
            var reason = type == TraceEventTypes.Exclude
                ? (changed ? "sits at no forum and receives no proposals from now on" : "already excluded")
                : (changed ? "may sit at forums again" : "was not excluded");
            await EmitAsync(round, type, to: actor, reason: EventBasis.Append(reason, basis));
        }
    }

    private async Task ProposeAsync(StepStamp stamp, ProposeEvent propose)
    {
        RequireActor(propose.From, propose.Location);
        RequireActor(propose.To, propose.Location);
        var terms = propose.Terms.Select(t => new TermValue(t.Issue, t.Position)).ToList();
        using var span = DiplomacyTelemetry.StartProposal(run, stamp.Round, propose.From, propose.To, terms.Select(t => t.Issue));
        var basis = EventBasis.Of(propose);
        var excluded = new[] { propose.From, propose.To }.FirstOrDefault(_excluded.Contains);
        if (excluded is not null)
        {
            await EmitAsync(stamp.Round, TraceEventTypes.Proposal, propose.From, propose.To, terms: terms, decision: "undelivered", reason: EventBasis.Append($"{excluded} is excluded from the talks", basis));
            return;
        }

        await EmitAsync(stamp.Round, TraceEventTypes.Proposal, propose.From, propose.To, terms: terms, reason: EventBasis.Append(null, basis));
        await ExchangeAsync(stamp, propose.From, propose.To, terms, basis);
    }

    private async Task ContinueTalksAsync(StepStamp stamp, OpenTalks talks)
    {
        var excluded = new[] { talks.Offerer, talks.Answerer }.FirstOrDefault(_excluded.Contains);
        if (excluded is not null)
        {
            await EmitAsync(stamp.Round, TraceEventTypes.Lapse, talks.Offerer, talks.Answerer, terms: talks.Terms, reason: EventBasis.Append($"{excluded} is excluded from the talks; {talks.Offerer}'s counter-offer lapses unanswered", talks.Basis));
            return;
        }

        // A counter-offer put to its answerer is a proposal too, so its answer gets a proposal span as parent.
        using var span = DiplomacyTelemetry.StartProposal(run, stamp.Round, talks.Offerer, talks.Answerer, talks.Terms.Select(t => t.Issue));
        await ExchangeAsync(stamp, talks.Offerer, talks.Answerer, talks.Terms, talks.Basis);
    }

    // The answerer values the offer in this round: acceptance commits both sides, a red line ends
    // the talks, and a counter-offer goes back to the offerer to answer next round — unless that
    // round is past the concession deadline, when the talks lapse.
    private async Task ExchangeAsync(StepStamp stamp, string offerer, string answerer, IReadOnlyList<TermValue> terms, string basis)
    {
        var answer = await AnswerAsync(new Proposal(offerer, answerer, stamp.Round, terms));
        await EmitAnswerAsync(stamp.Round, answerer, offerer, answer, answer.Decision == Decision.Counter ? answer.CounterTerms : terms, basis);
        if (answer.Decision == Decision.Accept)
        {
            await AgreeAsync(stamp, offerer, answerer, terms, basis);
        }
        else if (answer.Decision == Decision.Counter && stamp.Round + 1 > _deadline)
        {
            await EmitAsync(
                stamp.Round,
                TraceEventTypes.Lapse,
                answerer,
                offerer,
                terms: answer.CounterTerms,
                reason: EventBasis.Append($"{offerer} would answer in round {stamp.Round + 1}, after the concession deadline (round {_deadline}): the talks lapse without agreement", basis));
        }
        else if (answer.Decision == Decision.Counter)
        {
            _talks.Add(new OpenTalks(answerer, offerer, answer.CounterTerms, basis));
        }
    }

    private async Task<ProposalAnswer> AnswerAsync(Proposal proposal)
    {
        using var span = DiplomacyTelemetry.StartAnswer(run, proposal.Round, proposal.To, proposal.From);
        var answer = await Grain(proposal.To).Answer(proposal);
        DiplomacyTelemetry.RecordAnswer(span, DecisionName(answer.Decision), answer.Utility);
        return answer;
    }

    private Task EmitAnswerAsync(int round, string from, string to, ProposalAnswer answer, IReadOnlyList<TermValue> terms, string basis) =>
        EmitAsync(round, TraceEventTypes.Answer, from, to, terms: terms, decision: DecisionName(answer.Decision), utility: answer.Utility, reason: EventBasis.Append(answer.Reason, basis));

    private async Task AgreeAsync(StepStamp stamp, string offerer, string accepter, IReadOnlyList<TermValue> terms, string basis)
    {
        var order = new PositionOrder(stamp, terms, MovesAnchor: true);
        var changes = await Task.WhenAll(Grain(offerer).MoveTo(order), Grain(accepter).MoveTo(order));
        _agreements.Add(new Agreement(stamp.Round, offerer, accepter, terms));
        var reason = EventBasis.Append($"{accepter} accepted {offerer}'s terms; both commit to them", basis);
        foreach (var term in terms)
        {
            foreach (var (party, other, partyChanges) in new[] { (offerer, accepter, changes[0]), (accepter, offerer, changes[1]) })
            {
                var change = partyChanges.FirstOrDefault(c => c.Issue == term.Issue);
                await EmitAsync(stamp.Round, TraceEventTypes.Agreement, party, other, term.Issue, terms, before: change?.Before, after: change?.After, reason: reason);
            }
        }
    }

    private async Task SitAsync(StepStamp stamp, ForumEvent forum)
    {
        var seats = forum.Members
            .Where(m => !_excluded.Contains(m))
            .Select(m => new Seat(m, IsState(RequireActor(m, forum.Location))))
            .ToList();
        var sitting = new ForumSitting(stamp, scenario.Models.ExpectedUtility, seats, forum.Issues);
        var outcome = await grains.GetGrain<IForumGrain>(GrainKeys.Forum(runKey, forum.Name)).Sit(sitting);
        foreach (var move in outcome.Moves)
        {
            await EmitAsync(
                stamp.Round,
                TraceEventTypes.Move,
                move.Actor,
                move.Towards,
                move.Issue,
                utility: move.ExpectedUtilityOfBeingChallenged,
                before: move.Before,
                after: move.After,
                reason: EventBasis.Append(MoveReason(forum.Name, move), EventBasis.Of(forum)));
        }
    }

    private string MoveReason(string forum, ForumMove move)
    {
        var risk = $"risk exponent {Number(move.RiskExponent)}";
        var reason = move.Towards is null
            ? $"forum {forum}: {move.Kind}: no offer worth taking; {risk}"
            : $"forum {forum}: {move.Kind} with {move.Towards}: EU({move.Actor}→{move.Towards}) {Number(move.ExpectedUtilityOfChallenging ?? 0)}, EU({move.Towards}→{move.Actor}) {Number(move.ExpectedUtilityOfBeingChallenged ?? 0)}; {risk}";
        if (move.HeldByResolve is { } wanted && move.MaxStep is { } step && scenario.World.FindStance(move.Actor, move.Issue) is { } stance)
        {
            reason += $"; its resolve holds it to a step of {Number(step)} (1 − resolve {Number(stance.Resolve)} × salience {Number(stance.Salience)}, of the forum's range) instead of the model's {Number(wanted)}";
        }

        return move.BeyondRedLine is { } beyond && RedLineOf(move.Actor, move.Issue) is { } line
            ? $"{reason}; stopped at its red line [{Number(line.Minimum)}, {Number(line.Maximum)}] instead of {(move.HeldByResolve is null ? "the model's " : string.Empty)}{Number(beyond)}"
            : reason;
    }

    // The world's red line, unless a shock broke it in this run.
    private Model.World.RedLine? RedLineOf(string actor, string issue) =>
        _brokenRedLines.Contains($"{actor} {issue}") ? null : scenario.World.FindStance(actor, issue)?.RedLine;

    // Who holds a stance on an issue is fixed for the run, and so is the network among them: built
    // once per issue, not every round. Looked up by issue only, never iterated.
    private (IReadOnlyList<int> Holders, FriedkinJohnsen Network) InfluenceOn(string issue, ActorSnapshot[] snapshots)
    {
        if (!_influence.TryGetValue(issue, out var entry))
        {
            var holders = Enumerable.Range(0, _actors.Count).Where(a => snapshots[a].Find(issue) is not null).ToList();
            entry = (holders, InfluenceNetwork.Build([.. holders.Select(h => Listener(_actors[h], issue))], scenario.World.Ties));
            _influence.Add(issue, entry);
        }

        return entry;
    }

    // fidelity (issue 10): with resolve-bounded dynamics each actor listens on an issue with its own
    // susceptibility, λ (1 − resolve × salience) (Diplomacy.Model.Dynamics.ResolveBound).
    private Actor Listener(Actor actor, string issue) =>
        scenario.Models.IsResolveBounded && scenario.World.FindStance(actor.Id, issue) is { } stance
            ? actor with { Susceptibility = ResolveBound.IssueSusceptibility(actor.Susceptibility, stance.Resolve, stance.Salience) }
            : actor;

    private async Task InfluenceAsync(StepStamp stamp)
    {
        var snapshots = await Task.WhenAll(_actors.Select(a => Grain(a.Id).GetSnapshot()));
        var targets = _actors.Select(_ => new List<TermValue>()).ToArray();
        var reasons = new List<(string Issue, int Actor, string? Loudest, string Reason)>();
        foreach (var issue in scenario.Issues)
        {
            var (holders, network) = InfluenceOn(issue, snapshots);
            var positions = holders.Select(h => snapshots[h].Find(issue)!.Position).ToArray();
            var next = network.Step(positions, [.. holders.Select(h => snapshots[h].Find(issue)!.Anchor)]);
            for (var i = 0; i < holders.Count; i++)
            {
                // A red line is hard: persuasion can no more carry an actor across it than a forum can.
                var redLine = RedLineOf(_actors[holders[i]].Id, issue);
                var reason = InfluenceReason(network, i, Listener(_actors[holders[i]], issue));
                if (redLine is not null && !redLine.Allows(next[i]))
                {
                    reason += $"; held at its red line [{Number(redLine.Minimum)}, {Number(redLine.Maximum)}] instead of {Number(next[i])}";
                    next[i] = redLine.Clamp(next[i]);
                }

                if (next[i] != positions[i])
                {
                    targets[holders[i]].Add(new TermValue(issue, next[i]));
                    var loudest = network.SpeakersOf(i).Select(s => s.Speaker).FirstOrDefault();
                    reasons.Add((issue, holders[i], loudest, reason));
                }
            }
        }

        var changes = await Task.WhenAll(_actors.Select((a, i) => targets[i].Count == 0
            ? Task.FromResult<IReadOnlyList<PositionChange>>([])
            : Grain(a.Id).MoveTo(new PositionOrder(stamp, targets[i], MovesAnchor: false))));
        foreach (var (issue, actor, loudest, reason) in reasons)
        {
            var change = changes[actor].First(c => c.Issue == issue);
            await EmitAsync(stamp.Round, TraceEventTypes.Influence, loudest, _actors[actor].Id, issue, before: change.Before, after: change.After, reason: reason);
        }
    }

    private static string InfluenceReason(FriedkinJohnsen network, int listener, Actor actor)
    {
        var speakers = string.Join(", ", network.SpeakersOf(listener).Select(s => $"{s.Speaker} {Number(s.Weight)}"));
        var pulled = speakers.Length == 0 ? "pulled back toward its own stance" : $"pulled by {speakers}";
        return $"{pulled}; susceptibility {Number(actor.Susceptibility)}";
    }

    private async Task<IReadOnlyList<StanceRow>> StancesAsync(int round)
    {
        var snapshots = await Task.WhenAll(_actors.Select(a => Grain(a.Id).GetSnapshot()));
        var rows = snapshots
            .SelectMany(s => scenario.Issues
                .Select(s.Find)
                .OfType<IssuePosition>()
                .Select(p => new StanceRow(run, seed, round, s.Actor, p.Issue, p.Position)))
            .ToList();
        await sink.WriteStancesAsync(rows, cancellationToken);
        return rows;
    }

    private async Task EmitAsync(
        int round,
        string type,
        string? from = null,
        string? to = null,
        string? issue = null,
        IReadOnlyList<TermValue>? terms = null,
        string? decision = null,
        double? utility = null,
        double? before = null,
        double? after = null,
        string? reason = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var traceEvent = new TraceEvent(run, seed, round, ++_seq, type, from, to, issue, terms, decision, utility, before, after, reason);
        DiplomacyTelemetry.Record(traceEvent, scenario.Name);
        await sink.WriteEventAsync(traceEvent, cancellationToken);
    }

    private IActorGrain Grain(string actorId)
    {
        var key = GrainKeys.Actor(runKey, actorId);
        return IsState(scenario.World.FindActor(actorId)!) ? grains.GetGrain<IStateGrain>(key) : grains.GetGrain<ILeaderGrain>(key);
    }

    private static bool IsState(Actor actor) => actor.Kind is ActorKind.State or ActorKind.Organisation;

    private Actor RequireActor(string actorId, SourceLocation location) =>
        scenario.World.FindActor(actorId)
            ?? throw new InputException(new InputError(location, $"actor '{actorId}' is not in the world"));

    private void RequireStance(string actorId, string issue, SourceLocation location)
    {
        if (RequireActor(actorId, location) is not null && scenario.World.FindStance(actorId, issue) is null)
        {
            throw new InputException(new InputError(location, $"actor '{actorId}' holds no stance on issue '{issue}'"));
        }
    }

    private static string DecisionName(Decision decision) => decision switch
    {
        Decision.Accept => "accept",
        Decision.Reject => "reject",
        _ => "counter",
    };

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
