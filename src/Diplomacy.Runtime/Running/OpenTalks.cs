using Diplomacy.Contracts.Messages;

namespace Diplomacy.Runtime.Running;

/// <summary>
/// A bilateral exchange still going: <paramref name="Offerer"/>'s counter-offer waits for
/// <paramref name="Answerer"/>, who answers it in the round after the one it was made in. Talks
/// are kept, and answered, in the order they were opened (round, then file order).
/// <paramref name="Basis"/> is the provenance mark of the proposal that opened the talks
/// (<see cref="Scenarios.Scenario.EventBasis"/>), carried by every answer, agreement and lapse.
/// </summary>
internal sealed record OpenTalks(string Offerer, string Answerer, IReadOnlyList<TermValue> Terms, string Basis);
