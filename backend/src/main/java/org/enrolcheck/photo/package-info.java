/**
 * Admission photos (录取照片): a REGISTRAR's ZIP of {@code <考生号|学号>.jpg|png} read defensively
 * (bomb limits, unsafe names refused), every image checked by content and re-encoded so no camera
 * metadata survives, then stored encrypted in one transaction; and the scoped download of a
 * record's photo.
 */
@NullMarked
package org.enrolcheck.photo;

import org.jspecify.annotations.NullMarked;
