using Diplomacy.Contracts.Messages;

namespace Diplomacy.Runtime.Running;

/// <summary>
/// A bilateral exchange still going: <paramref name="Offerer"/>'s counter-offer waits for
/// <paramref name="Answerer"/>, who answers it in the round after the one it was made in. Talks
/// are kept, and answered, in the order they were opened (round, then file order).
/// </summary>
internal sealed record OpenTalks(string Offerer, string Answerer, IReadOnlyList<TermValue> Terms);
