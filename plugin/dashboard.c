/* dashboard.c: placeholder until the dashboard is written. */
#include "dashboard.h"

void
pst_dashboard_write (Workbook *wb, PstPlan const *plan)
{
}
