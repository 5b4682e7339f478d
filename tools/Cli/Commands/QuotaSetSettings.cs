using System.ComponentModel;
using System.Globalization;
using GenerationGateway.Cli.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

/// <summary>
/// The limits <c>quota set</c> changes: each a number, or <see cref="Default"/> to follow the configured default again; a limit
/// left out keeps the tenant's current value. The gateway checks the ranges and names a bad field.
/// </summary>
public sealed class QuotaSetSettings : QuotaSettings
{
    public const string Default = "default";

    [CommandOption("--requests-per-second <N>")]
    [Description("Generation requests per second, in total over every intake replica (a number, e.g. 2 or 0.5), or 'default'.")]
    public string? RequestsPerSecond { get; init; }

    [CommandOption("--max-in-flight <N>")]
    [Description("Generations accepted and not yet ended, overall (a whole number), or 'default'.")]
    public string? MaxInFlight { get; init; }

    [CommandOption("--max-in-flight-per-vendor <N>")]
    [Description("Generations accepted and not yet ended, per vendor (a whole number), or 'default'.")]
    public string? MaxInFlightPerVendor { get; init; }

    [CommandOption("--fair-share-weight <N>")]
    [Description("The tenant's share of a capped vendor's freed slots (a whole number, 1 to 100), or 'default'.")]
    public string? FairShareWeight { get; init; }

    public override ValidationResult Validate()
    {
        var tenant = base.Validate();
        if (!tenant.Successful)
        {
            return tenant;
        }

        if (RequestsPerSecond is null && MaxInFlight is null && MaxInFlightPerVendor is null && FairShareWeight is null)
        {
            return ValidationResult.Error(
                "Give at least one of --requests-per-second, --max-in-flight, --max-in-flight-per-vendor, --fair-share-weight.");
        }

        return RequestsPerSecond is { } rate && !TryRate(rate, out _) ? ValidationResult.Error($"--requests-per-second takes a number or '{Default}'.")
            : MaxInFlight is { } max && !TryWhole(max, out _) ? ValidationResult.Error($"--max-in-flight takes a whole number or '{Default}'.")
            : MaxInFlightPerVendor is { } perVendor && !TryWhole(perVendor, out _) ? ValidationResult.Error($"--max-in-flight-per-vendor takes a whole number or '{Default}'.")
            : FairShareWeight is { } weight && !TryWhole(weight, out _) ? ValidationResult.Error($"--fair-share-weight takes a whole number or '{Default}'.")
            : ValidationResult.Success();
    }

    /// <summary>The tenant's limits after this change: <paramref name="current"/> with the limits given here (validated before).</summary>
    public QuotaOverride ApplyTo(QuotaOverride current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new QuotaOverride
        {
            RequestsPerSecond = RequestsPerSecond is { } rate ? (TryRate(rate, out var r) ? r : null) : current.RequestsPerSecond,
            MaxInFlight = MaxInFlight is { } max ? (TryWhole(max, out var m) ? m : null) : current.MaxInFlight,
            MaxInFlightPerVendor = MaxInFlightPerVendor is { } perVendor ? (TryWhole(perVendor, out var p) ? p : null) : current.MaxInFlightPerVendor,
            FairShareWeight = FairShareWeight is { } weight ? (TryWhole(weight, out var w) ? w : null) : current.FairShareWeight,
        };
    }

    static bool IsDefault(string text) => string.Equals(text.Trim(), Default, StringComparison.OrdinalIgnoreCase);

    /// <summary>A number (null for <see cref="Default"/>).</summary>
    static bool TryRate(string text, out double? value)
    {
        value = null;
        if (IsDefault(text))
        {
            return true;
        }

        var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number);
        value = ok ? number : null;
        return ok;
    }

    /// <summary>A whole number (null for <see cref="Default"/>).</summary>
    static bool TryWhole(string text, out int? value)
    {
        value = null;
        if (IsDefault(text))
        {
            return true;
        }

        var ok = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
        value = ok ? number : null;
        return ok;
    }
}
