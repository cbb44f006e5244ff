namespace Diplomacy.Scenarios.Scenario;

/// <summary>The stance dynamics a scenario may name; written in files as <c>resolve-bounded</c> and <c>faithful</c>.</summary>
internal enum StanceDynamics
{
    ResolveBounded,
    Faithful,
}
