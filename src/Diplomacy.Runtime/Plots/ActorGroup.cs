namespace Diplomacy.Runtime.Plots;

/// <summary>The legend's sections, in the order they are listed; each has its own line pattern.</summary>
public enum ActorGroup
{
    StatesAndOrganisations,
    Leaders,
    Analysts,
}
