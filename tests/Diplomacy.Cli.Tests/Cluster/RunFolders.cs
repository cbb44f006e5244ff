namespace Diplomacy.Cli.Tests.Cluster;

internal static class RunFolders
{
    public static void AssertSameBytes(string expectedFolder, string actualFolder)
    {
        foreach (var file in new[] { "trace.jsonl", "stances.csv" })
        {
            var expected = File.ReadAllBytes(Path.Combine(expectedFolder, file));
            Assert.True(expected.Length > 0);
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(actualFolder, file)));
        }
    }
}
