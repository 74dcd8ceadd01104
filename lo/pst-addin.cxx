/*
 * pst-addin.cxx: the PST functions in LibreOffice Calc, a UNO add-in.
 *
 * Only the UNO side is here: the add-in objects (one per prefix of the
 * function names, generated into pst-methods.inc), their descriptions
 * (from the table generated out of the Gnumeric descriptors), and the
 * conversion of Calc's values to PstLoValue and back.  The functions
 * themselves are in pst-lo.c, over the engine in functions/.
 *
 * Names (README.md, section "LibreOffice Calc"): the object of the prefix
 * PST.AVANCEMENT has the service name ORG.GNUMERIC.PST.AVANCEMENT and the
 * method "ref" for PST.AVANCEMENT.REF, because Gnumeric writes
 * ORG.GNUMERIC.PST.AVANCEMENT.REF in .ods files and Calc finds an add-in
 * function there by UPPER(service "." method).  The name users type and
 * see is the Gnumeric one.
 *
 * In .xlsx files Gnumeric writes _xlfngnumeric.PST.AVANCEMENT.REF, and
 * Calc 7.4 reads (and writes) an add-in function there by the same
 * UPPER(service "." method), not by its compatibility name: a second
 * object per prefix, named _xlfngnumeric.PST.AVANCEMENT, answers those
 * names.  Both show the Gnumeric name; a formula typed in Calc takes the
 * ORG.GNUMERIC one, registered first.
 */
#include <cppuhelper/implbase5.hxx>
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/sheet/XCompatibilityNames.hpp>
#include <com/sun/star/sheet/LocalizedName.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/NumberFormatter.hpp>
#include <com/sun/star/util/XNumberFormatter2.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <rtl/ustring.hxx>
#include <rtl/string.hxx>

#include <cstdint>
#include <cstring>
#include <ctime>
#include <vector>

extern "C" {
#include "pst-lo.h"
#include "pst-table.h"
}

namespace css = ::com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OString;
using rtl::OUString;

namespace {

OUString
utf8 (char const *s)
{
	return OUString (s, std::strlen (s), RTL_TEXTENCODING_UTF8);
}

/* Calc shows an error value for a quiet NaN whose low bits hold its error
 * code. */
double
error_nan (PstError err)
{
	std::uint64_t code;
	switch (err) {
	case PST_ERROR_NUM:  code = 503; break;	/* #NUM! */
	case PST_ERROR_NA:   code = 32767; break;	/* #N/A */
	case PST_ERROR_DIV0: code = 532; break;	/* #DIV/0! */
	default:	     code = 519; break;	/* #VALUE! */
	}
	std::uint64_t bits = 0x7FF8000000000000ULL | code;
	double d;
	std::memcpy (&d, &bits, sizeof d);
	return d;
}

/*
 * A value from Calc.  @top: an argument itself rather than a cell of a
 * range.  Calc passes a cell reference as the cell's value, with an empty
 * cell as 0, and a range as rows of values with an empty cell as "".
 */
void
to_value (Any const &a, PstLoValue *v, bool top)
{
	std::memset (v, 0, sizeof *v);
	switch (a.getValueTypeClass ()) {
	case css::uno::TypeClass_VOID:
		v->kind = top ? PST_LO_MISSING : PST_LO_EMPTY;
		return;
	case css::uno::TypeClass_STRING: {
		OUString s;
		a >>= s;
		if (!top && s.isEmpty ()) {
			v->kind = PST_LO_EMPTY;
			return;
		}
		OString u = OUStringToOString (s, RTL_TEXTENCODING_UTF8);
		v->kind = PST_LO_STRING;
		v->string = g_strndup (u.getStr (), u.getLength ());
		return;
	}
	case css::uno::TypeClass_BOOLEAN: {
		bool b = false;
		a >>= b;
		v->kind = PST_LO_NUMBER;
		v->number = b ? 1 : 0;
		return;
	}
	case css::uno::TypeClass_SEQUENCE: {
		Sequence<Sequence<Any>> rows;
		if (!(a >>= rows))
			break;
		int n_rows = rows.getLength (), n_cols = 0;
		for (int r = 0; r < n_rows; r++)
			n_cols = std::max (n_cols, (int) rows[r].getLength ());
		v->kind = PST_LO_ARRAY;
		v->rows = n_rows;
		v->cols = n_cols;
		v->cells = g_new0 (PstLoValue, std::max (n_rows * n_cols, 1));
		for (int r = 0; r < n_rows; r++)
			for (int c = 0; c < n_cols; c++) {
				PstLoValue *cell = &v->cells[r * n_cols + c];
				if (c < rows[r].getLength ())
					to_value (rows[r][c], cell, false);
				else
					cell->kind = PST_LO_EMPTY;
			}
		return;
	}
	default: {
		double d;
		if (a >>= d) {
			v->kind = PST_LO_NUMBER;
			v->number = d;
			v->maybe_empty = top && d == 0;
			return;
		}
		break;
	}
	}
	/* Nothing else comes from a sheet; read it as an empty cell. */
	v->kind = top ? PST_LO_MISSING : PST_LO_EMPTY;
}

Any
to_any (PstLoValue const *v)
{
	switch (v->kind) {
	case PST_LO_NUMBER:
	case PST_LO_BOOLEAN:	/* Calc has no logical result: 1 or 0 */
		return Any (v->number);
	case PST_LO_STRING:
		return Any (utf8 (v->string));
	case PST_LO_ERROR:
		return Any (error_nan (v->error));
	case PST_LO_ARRAY: {
		Sequence<Sequence<Any>> rows (v->rows);
		for (int r = 0; r < v->rows; r++) {
			Sequence<Any> row (v->cols);
			for (int c = 0; c < v->cols; c++)
				row.getArray ()[c] = to_any (&v->cells[r * v->cols + c]);
			rows.getArray ()[r] = row;
		}
		return Any (rows);
	}
	default:
		return Any (OUString ());
	}
}

/* The document's calendar and number reading, for one call. */
struct CallData {
	Reference<css::uno::XComponentContext> context;
	Reference<css::beans::XPropertySet> document;
};

/* Text read as a number or a date by Calc's own reader with the
 * document's formats, as Gnumeric reads it with the sheet's.  Rare
 * enough (dates typed as text) to ask for a formatter each time rather
 * than hold one, and with it the document. */
gboolean
parse_number (gpointer data, char const *text, double *number)
{
	CallData *call = static_cast<CallData *> (data);
	try {
		Reference<css::util::XNumberFormatsSupplier> formats (call->document, UNO_QUERY);
		if (!formats.is () || !call->context.is ())
			return FALSE;
		Reference<css::util::XNumberFormatter2> formatter =
			css::util::NumberFormatter::create (call->context);
		formatter->attachNumberFormatsSupplier (formats);
		*number = formatter->convertStringToNumber (0, utf8 (text));
		return TRUE;
	} catch (css::uno::Exception const &) {
		return FALSE;
	}
}

void
context_init (PstLoContext *ctx, CallData *call)
{
	/* The serial number 0: 30/12/1899 unless the document says. */
	GDate epoch;
	g_date_clear (&epoch, 1);
	g_date_set_dmy (&epoch, 30, G_DATE_DECEMBER, 1899);
	try {
		css::util::Date null_date;
		if (call->document.is () &&
		    (call->document->getPropertyValue ("NullDate") >>= null_date) &&
		    g_date_valid_dmy (null_date.Day, (GDateMonth) null_date.Month, null_date.Year))
			g_date_set_dmy (&epoch, null_date.Day, (GDateMonth) null_date.Month,
					null_date.Year);
	} catch (css::uno::Exception const &) {
	}
	ctx->epoch_julian = g_date_get_julian (&epoch);

	/* Today in local time, as Gnumeric's TODAY(). */
	GDate today;
	g_date_clear (&today, 1);
	g_date_set_time_t (&today, std::time (nullptr));
	ctx->today = (double) g_date_get_julian (&today) - (double) ctx->epoch_julian;

	ctx->parse_number = parse_number;
	ctx->data = call;
}

PstLoFunction const *
find_function (OUString const &prefix, OUString const &method)
{
	for (PstLoFunction const &f : pst_lo_functions)
		if (prefix.equalsAscii (f.prefix) && method.equalsAscii (f.method))
			return &f;
	return nullptr;
}

Sequence<OUString>
addin_services ()
{
	OUString names[] = { "com.sun.star.sheet.AddIn" };
	return Sequence<OUString> (names, 1);
}

template <class Interface>
class PstAddIn : public cppu::WeakImplHelper5<css::sheet::XAddIn,
					       css::sheet::XCompatibilityNames,
					       css::lang::XServiceName,
					       css::lang::XServiceInfo,
					       Interface>
{
	Reference<css::uno::XComponentContext> context_;
	OUString service_, prefix_, implementation_;
	css::lang::Locale locale_;

	bool french () const
	{
		return locale_.Language == "fr";
	}

	/* The argument @n of a method, where 0 is the hidden document. */
	PstLoArg const *argument (OUString const &method, sal_Int32 n) const
	{
		PstLoFunction const *f = find_function (prefix_, method);
		if (f == nullptr || n < 1 || f->n_arg_help == 0)
			return nullptr;
		if (f->varargs)		/* météo1, météo2, …: one list */
			return &f->args[0];
		return n <= f->n_arg_help ? &f->args[n - 1] : nullptr;
	}

	Any result (PstLoValue *v)
	{
		Any a = to_any (v);
		pst_lo_value_free (v);
		return a;
	}

protected:
	/* @service_prefix: "ORG.GNUMERIC." or "_xlfngnumeric." (above). */
	PstAddIn (Reference<css::uno::XComponentContext> const &context,
		  char const *service_prefix, char const *prefix,
		  char const *implementation)
		: context_ (context),
		  service_ (OUString::createFromAscii (service_prefix) +
			    OUString::createFromAscii (prefix)),
		  prefix_ (OUString::createFromAscii (prefix)),
		  implementation_ (OUString::createFromAscii (implementation))
	{
	}

	/*
	 * Arguments as Gnumeric would see them.  Too few arguments: #N/A, as
	 * in Gnumeric.  A required argument left empty, as in PST.REF(;"1.2"),
	 * reads as an empty cell.  An optional argument left out, or 0, is
	 * left out: Gnumeric takes an empty cell given as an optional argument
	 * as left out (a blank threshold keeps its default, a blank exercice
	 * sums every year), and Calc passes an empty cell as 0.
	 */
	Any call (int index, Reference<css::beans::XPropertySet> const &document,
		  Any const *const *args, int n)
	{
		PstLoFunction const *f = &pst_lo_functions[index];
		std::vector<PstLoValue> values (n);
		std::vector<PstLoValue *> argv (n);
		int given = 0;

		for (int i = 0; i < n; i++)
			if (args[i]->hasValue ())
				given = i + 1;
		if (given < f->n_required)
			return Any (error_nan (PST_ERROR_NA));
		try {
			for (int i = 0; i < n; i++) {
				PstLoValue *v = &values[i];
				to_value (*args[i], v, true);
				bool optional = i >= f->n_required;
				if (optional && (v->kind == PST_LO_MISSING ||
						 (v->kind == PST_LO_NUMBER && v->number == 0))) {
					argv[i] = nullptr;
					continue;
				}
				if (v->kind == PST_LO_MISSING)
					v->kind = PST_LO_EMPTY;
				argv[i] = v;
			}
			CallData data = { context_, document };
			PstLoContext ctx;
			context_init (&ctx, &data);
			PstLoValue *res = pst_lo_call (f, &ctx, argv.data (), n);
			for (PstLoValue &v : values)
				pst_lo_value_clear (&v);
			return result (res);
		} catch (css::uno::Exception const &) {
			for (PstLoValue &v : values)
				pst_lo_value_clear (&v);
			return Any (error_nan (PST_ERROR_VALUE));
		}
	}

	/* PST.METEO.GLOBALE(météo1; météo2; …) */
	Any call_varargs (int index, Reference<css::beans::XPropertySet> const &document,
			  Sequence<Any> const &args)
	{
		std::vector<Any const *> pointers;
		for (sal_Int32 i = 0; i < args.getLength (); i++)
			pointers.push_back (&args[i]);
		PstLoFunction const *f = &pst_lo_functions[index];
		std::vector<PstLoValue> values (pointers.size ());
		std::vector<PstLoValue *> argv (pointers.size ());
		for (size_t i = 0; i < pointers.size (); i++) {
			to_value (*pointers[i], &values[i], true);
			argv[i] = &values[i];
		}
		CallData data = { context_, document };
		PstLoContext ctx;
		context_init (&ctx, &data);
		PstLoValue *res = pst_lo_call (f, &ctx, argv.data (), (int) argv.size ());
		for (PstLoValue &v : values)
			pst_lo_value_clear (&v);
		return result (res);
	}

public:
	/* XAddIn: the names users type are Gnumeric's, "PST.AVANCEMENT.REF". */
	OUString SAL_CALL getProgrammaticFuntionName (OUString const &display) override
	{
		for (PstLoFunction const &f : pst_lo_functions)
			if (prefix_.equalsAscii (f.prefix) &&
			    display.equalsIgnoreAsciiCaseAscii (f.name))
				return OUString::createFromAscii (f.method);
		return OUString ();
	}

	OUString SAL_CALL getDisplayFunctionName (OUString const &method) override
	{
		PstLoFunction const *f = find_function (prefix_, method);
		return f ? OUString::createFromAscii (f->name) : OUString ();
	}

	/* The function wizard lists the functions of both objects: the
	 * second says what it is for. */
	OUString SAL_CALL getFunctionDescription (OUString const &method) override
	{
		PstLoFunction const *f = find_function (prefix_, method);
		if (f == nullptr)
			return OUString ();
		OUString help = utf8 (french () ? f->help_fr : f->help_en);
		if (!service_.startsWithIgnoreAsciiCase ("_xlfngnumeric."))
			return help;
		OUString name = "_xlfngnumeric." + OUString::createFromAscii (f->name);
		return utf8 (french () ? "(Le nom que Gnumeric écrit dans les fichiers .xlsx, "
				: "(The name Gnumeric writes in .xlsx files, ")
			+ name + ".) " + help;
	}

	OUString SAL_CALL getDisplayArgumentName (OUString const &method, sal_Int32 n) override
	{
		PstLoArg const *a = argument (method, n);
		if (a == nullptr)
			return OUString ();
		OUString name = utf8 (french () ? a->name_fr : a->name_en);
		/* A list (météo1, météo2, …): Calc numbers the values itself. */
		PstLoFunction const *f = find_function (prefix_, method);
		sal_Int32 end = name.getLength ();
		while (f->varargs && end > 1 && name[end - 1] >= '0' && name[end - 1] <= '9')
			end--;
		return name.copy (0, end);
	}

	OUString SAL_CALL getArgumentDescription (OUString const &method, sal_Int32 n) override
	{
		PstLoArg const *a = argument (method, n);
		return a ? utf8 (french () ? a->desc_fr : a->desc_en) : OUString ();
	}

	OUString SAL_CALL getProgrammaticCategoryName (OUString const &) override
	{
		return "Add-In";
	}

	OUString SAL_CALL getDisplayCategoryName (OUString const &) override
	{
		return "Add-In";
	}

	/* XLocalizable */
	void SAL_CALL setLocale (css::lang::Locale const &locale) override
	{
		locale_ = locale;
	}

	css::lang::Locale SAL_CALL getLocale () override
	{
		return locale_;
	}

	/*
	 * XCompatibilityNames: the Excel name, for .xls files, where Calc 7.4
	 * names an add-in function by it (it ignores it in .xlsx): the
	 * Gnumeric name, which Gnumeric writes and reads there.
	 */
	Sequence<css::sheet::LocalizedName> SAL_CALL
	getCompatibilityNames (OUString const &method) override
	{
		PstLoFunction const *f = find_function (prefix_, method);
		if (f == nullptr)
			return Sequence<css::sheet::LocalizedName> ();
		css::sheet::LocalizedName name (css::lang::Locale ("en", "US", ""),
						OUString::createFromAscii (f->name));
		return Sequence<css::sheet::LocalizedName> (&name, 1);
	}

	/* XServiceName: the prefix Calc puts before the method's name. */
	OUString SAL_CALL getServiceName () override
	{
		return service_;
	}

	/* XServiceInfo */
	OUString SAL_CALL getImplementationName () override
	{
		return implementation_;
	}

	sal_Bool SAL_CALL supportsService (OUString const &name) override
	{
		return cppu::supportsService (this, name);
	}

	Sequence<OUString> SAL_CALL getSupportedServiceNames () override
	{
		return addin_services ();
	}
};

#include "pst-methods.inc"

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void *SAL_CALL
component_getFactory (char const *name, void *service_manager, void *registry_key)
{
	return cppu::component_getFactoryHelper (name, service_manager,
						 registry_key, pst_entries);
}
