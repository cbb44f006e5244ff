using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>Shipped scenarios are found by their bare name, and nothing else is taken for one.</summary>
public sealed class ShippedScenariosTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private ShippedScenarios WithFiles(params string[] names)
    {
        foreach (var name in names)
        {
            _temp.Write(name, "name: x\n");
        }

        return new ShippedScenarios(_temp.Path);
    }

    [Fact]
    public void Names_are_the_yaml_files_without_extension_in_ordinal_order()
    {
        var shipped = WithFiles("talks.yaml", "Baseline.yaml", "europe-seated.yaml", "notes.txt");

        Assert.Equal(["Baseline", "europe-seated", "talks"], shipped.Names);
    }

    [Fact]
    public void A_missing_folder_ships_nothing()
    {
        var shipped = new ShippedScenarios(_temp.Sub("absent"));

        Assert.Empty(shipped.Names);
        Assert.Null(shipped.FileOf("talks"));
    }

    [Fact]
    public void A_name_is_found_with_or_without_its_extension()
    {
        var shipped = WithFiles("talks.yaml");

        Assert.Equal(_temp.Sub("talks.yaml"), shipped.FileOf("talks"));
        Assert.Equal(_temp.Sub("talks.yaml"), shipped.FileOf("talks.yaml"));
        Assert.Equal(_temp.Path, shipped.Folder);
    }

    [Theory]
    [InlineData("other")]
    [InlineData(".yaml")]
    [InlineData("")]
    [InlineData("sub/talks")]
    [InlineData("sub\\talks")]
    [InlineData("..talks")]
    [InlineData("talks.yml")]
    public void Anything_but_a_bare_shipped_name_is_not_a_shipped_scenario(string name)
    {
        var shipped = WithFiles("talks.yaml", "..talks.yaml");
        Directory.CreateDirectory(_temp.Sub("sub"));
        _temp.Write(Path.Combine("sub", "talks.yaml"), "name: x\n");

        Assert.Null(shipped.FileOf(name));
    }

    [Fact]
    public void The_program_s_own_are_beside_it_and_include_the_main_scenario()
    {
        var shipped = ShippedScenarios.BesideExecutable();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "scenarios"), shipped.Folder);
        Assert.Contains("talks-as-announced", shipped.Names);
        Assert.Throws<ArgumentNullException>(() => new ShippedScenarios(null!));
        Assert.Throws<ArgumentNullException>(() => shipped.FileOf(null!));
    }
}
