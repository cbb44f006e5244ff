namespace Diplomacy.Scenarios.Scenario;

/// <summary>Faratin et al.'s named tactics; written in files as <c>boulware</c>, <c>linear</c> and <c>conceder</c>.</summary>
internal enum ConcessionTactic
{
    Boulware,
    Linear,
    Conceder,
}
