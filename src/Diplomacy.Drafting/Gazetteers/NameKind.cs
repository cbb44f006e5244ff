namespace Diplomacy.Drafting.Gazetteers;

/// <summary>What a known name in the article stands for.</summary>
public enum NameKind
{
    /// <summary>A state by its name, another name or the seat of its government ("Ukraine", "Kyiv", "the Kremlin").</summary>
    State,

    /// <summary>A state's demonym ("Ukrainian"): the state when it qualifies people or an office.</summary>
    Demonym,

    /// <summary>An organisation by name or acronym ("NATO").</summary>
    Organisation,

    /// <summary>A region by name ("Europe").</summary>
    Region,

    /// <summary>A region's demonym ("European"): a group of its states when it qualifies people.</summary>
    RegionDemonym,
}

/// <summary>A known name: what it stands for and the id of the state, organisation or region.</summary>
public sealed record KnownName(NameKind Kind, string Id);
