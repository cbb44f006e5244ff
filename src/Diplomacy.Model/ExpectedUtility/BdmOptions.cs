namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// Settings of one expected-utility run.
/// </summary>
/// <param name="Variant">Which reading of the model to run.</param>
/// <param name="Summation">How the Scholz variant's all-pairs vote total is added up.</param>
/// <param name="MaxDegreeOfParallelism">Threads a round may use. Results do not depend on it:
/// every number is computed by one thread in a fixed order, threads only share out the rows.</param>
public sealed record BdmOptions(
    BdmVariant Variant = BdmVariant.Scholz,
    VoteSummation Summation = VoteSummation.Auto,
    int MaxDegreeOfParallelism = 1)
{
    /// <summary>Largest actor count for which <see cref="VoteSummation.Auto"/> adds in input order
    /// (a serial O(n³) sum: about 30 ms at this size).</summary>
    public const int InputOrderLimit = 300;

    public static BdmOptions Default { get; } = new();

    internal bool SumsInInputOrder(int actorCount) => Summation switch
    {
        VoteSummation.InputOrder => true,
        VoteSummation.Sorted => false,
        _ => actorCount <= InputOrderLimit,
    };
}
