using Diplomacy.Contracts.Messages;

namespace Diplomacy.Runtime.Running;

/// <summary>Terms two actors agreed on, and when; <paramref name="From"/> made the accepted offer.</summary>
public sealed record Agreement(int Round, string From, string To, IReadOnlyList<TermValue> Terms);
