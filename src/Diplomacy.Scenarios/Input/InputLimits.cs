namespace Diplomacy.Scenarios.Input;

/// <summary>
/// The largest inputs the tool reads, checked before anything is allocated for them, so that a
/// wrong file (a disk image, /dev/zero, a generated table) is refused with a message instead of
/// exhausting memory. docs/errors.md lists the same numbers; raise one there and here together.
/// </summary>
public static class InputLimits
{
    /// <summary>A scenario is a page of YAML; the shipped ones are under 4 KiB.</summary>
    public const long ScenarioBytes = 1L << 20;

    /// <summary>A world file with the most actors and issues allowed below stays far under this.</summary>
    public const long WorldBytes = 8L << 20;

    /// <summary>A news article, or a long report; the shipped one is 6 KiB.</summary>
    public const long ArticleBytes = 4L << 20;

    /// <summary>A forecast table of the most actors and dimensions allowed below.</summary>
    public const long TableBytes = 16L << 20;

    /// <summary>How deeply YAML collections may nest; the formats need 5, and deep nesting costs stack.</summary>
    public const int YamlDepth = 32;

    /// <summary>YAML nodes in one file (scalars, mappings, sequences, aliases).</summary>
    public const int YamlNodes = 1_000_000;

    /// <summary>Actors in a forecast table (one KTAB dimension): the largest size measured (docs/models.md).</summary>
    public const int Actors = 1_000;

    /// <summary>
    /// Actors in a world file: the largest synthetic world <c>diplomacy synth</c> writes for scale
    /// tests (2,000 actors and 5 issues are under 3 MB of YAML). A forum's expected-utility round
    /// still sees only its members.
    /// </summary>
    public const int WorldActors = 2_000;

    /// <summary>Issues in a world file.</summary>
    public const int Issues = 200;

    /// <summary>Stances, and influence ties, in a world file.</summary>
    public const int Stances = 100_000;

    /// <summary>Events in a scenario.</summary>
    public const int Events = 10_000;

    /// <summary>Dimensions in a KTAB file.</summary>
    public const int Dimensions = 100;

    /// <summary>
    /// Positions a forecast holds (actors × dimensions × (rounds + 1)): about 100 bytes each with
    /// its move, so the largest forecast stays near 200 MB.
    /// </summary>
    public const long ForecastPositions = 2_000_000;

    /// <summary>
    /// A forecast's work: actors² × rounds, summed over dimensions. A round of 1,000 actors takes
    /// about 1.2 s on one core (docs/models.md), so this is about two minutes.
    /// </summary>
    public const long ForecastWork = 100_000_000;

    /// <summary>Bytes as people read them: "1 MiB", "512 KiB".</summary>
    public static string Describe(long bytes) =>
        bytes % (1L << 20) == 0 ? $"{bytes >> 20} MiB" : bytes % 1024 == 0 ? $"{bytes >> 10} KiB" : $"{bytes} bytes";
}
