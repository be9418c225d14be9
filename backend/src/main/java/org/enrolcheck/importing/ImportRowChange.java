package org.enrolcheck.importing;

import java.util.List;

/** A row's change as listed by the API. */
record ImportRowChange(int rowNumber, String kind, String examineeNumber, List<RowPlan.FieldDiff> diffs) {
}
