using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Yaml;

/// <summary>A parsed YAML file: its root node and the reader that checks nodes and collects errors against the file's name.</summary>
public sealed record YamlFile(YamlNodeReader Reader, YamlNode Root)
{
    /// <summary>The file's name as the user gave it; every error location carries it.</summary>
    public string File => Reader.File;
}
