namespace Diplomacy.Runtime.Output;

/// <summary>
/// The output folder the user named cannot be used (it holds files diplomacy did not write, is a
/// file, cannot be created): refused before any work, exit code 2, nothing touched.
/// </summary>
public sealed class OutputFolderException(string message, Exception? inner = null) : Exception(message, inner);
