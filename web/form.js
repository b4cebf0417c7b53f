// form mode (s16-form): this placeholder is replaced when that branch is merged
