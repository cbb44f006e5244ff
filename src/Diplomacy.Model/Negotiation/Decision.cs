namespace Diplomacy.Model.Negotiation;

/// <summary>How an actor answers an offer.</summary>
public enum Decision
{
    /// <summary>The offer is worth at least the actor's aspiration: both sides commit to it.</summary>
    Accept,

    /// <summary>The offer crosses a red line (or touches no issue the actor holds): the talks end.</summary>
    Reject,

    /// <summary>Too little: the actor offers terms at its aspiration instead.</summary>
    Counter,
}
