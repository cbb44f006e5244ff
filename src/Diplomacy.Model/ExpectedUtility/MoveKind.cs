namespace Diplomacy.Model.ExpectedUtility;

/// <summary>What an actor does in a round of the expected-utility model.</summary>
public enum MoveKind
{
    /// <summary>No offer was worth taking: the actor stays where it is.</summary>
    None,

    /// <summary>Both expect to gain and the other expects more (e_ji &gt; e_ij &gt; 0): the actor gives in to the other's position.</summary>
    Confront,

    /// <summary>The other expects to gain more than the actor expects to lose: the actor moves part of the way.</summary>
    Compromise,

    /// <summary>The actor expects to lose more than the other gains: it takes the other's position.</summary>
    Capitulate,
}
