namespace Diplomacy.Contracts.Messages;

[GenerateSerializer, Alias("diplomacy.decision")]
public enum Decision
{
    Accept,
    Reject,
    Counter,
}
