// The field model's labels (models/labels.json): label ids are positions in this list.
import labelSpec from '../../models/labels.json';

export const fieldLabels: readonly string[] = labelSpec.labels;
export const fieldNames: readonly string[] = labelSpec.fields;
