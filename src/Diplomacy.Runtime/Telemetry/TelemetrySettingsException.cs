namespace Diplomacy.Runtime.Telemetry;

/// <summary>A telemetry option on the command line is wrong; the message names the option.</summary>
public sealed class TelemetrySettingsException(string message) : Exception(message);
