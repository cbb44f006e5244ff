namespace Diplomacy.Contracts.Messages;

/// <summary>An answer to a proposal, or (for a proposal event) that it never reached its recipient.</summary>
[GenerateSerializer, Alias("diplomacy.decision")]
public enum Decision
{
    Accept,
    Reject,
    Counter,

    /// <summary>A party was excluded, so the proposal was not delivered. Set by the run, never by an answer.</summary>
    Undelivered,
}
