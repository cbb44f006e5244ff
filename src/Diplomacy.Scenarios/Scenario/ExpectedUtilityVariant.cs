namespace Diplomacy.Scenarios.Scenario;

/// <summary>The expected-utility variants a scenario may name; written in files as <c>bdm</c> and <c>bdm-scholz</c>.</summary>
internal enum ExpectedUtilityVariant
{
    Bdm,
    BdmScholz,
}

