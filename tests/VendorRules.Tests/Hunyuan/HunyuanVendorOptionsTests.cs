using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.VendorRules.Tests.Hunyuan;

public sealed class HunyuanVendorOptionsTests
{
    static readonly RuleAssert RuleAssert = new(new HunyuanRequestRules());

    [Fact]
    public void Reads_every_option()
    {
        var errors = new RequestValidationErrors();

        var options = HunyuanVendorOptions.Read(
            VendorRequests.Json("""{"generateType":"LowPoly","polygonType":"quadrilateral","enablePbr":true,"faceCount":40000,"imageBase64":"AAAA"}"""), errors);

        Assert.False(errors.HasErrors, errors.ToString());
        Assert.Equal(new HunyuanVendorOptions { GenerateType = "LowPoly", PolygonType = "quadrilateral", EnablePbr = true, FaceCount = 40_000, ImageBase64 = "AAAA" }, options);
    }

    [Fact]
    public void Names_each_key_of_the_wrong_type()
    {
        var errors = new RequestValidationErrors();

        HunyuanVendorOptions.Read(VendorRequests.Json("""{"generateType":1,"enablePbr":"yes","faceCount":1.5,"imageBase64":[]}"""), errors);

        Assert.Equal(
            ["vendorOptions.enablePbr", "vendorOptions.faceCount", "vendorOptions.generateType", "vendorOptions.imageBase64"],
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Refuses_unknown_keys_including_model_which_params_may_not_carry()
    {
        RuleAssert.Invalid(HunyuanRequests.Text("""{"model":"3.0"}"""), "vendorOptions.model");
        RuleAssert.Invalid(HunyuanRequests.Text("""{"resultFormat":"STL"}"""), "vendorOptions.resultFormat");
    }

    [Fact]
    public void Vendor_options_must_be_an_object()
    {
        RuleAssert.Invalid(HunyuanRequests.Text("""["LowPoly"]"""), "vendorOptions");
    }
}
