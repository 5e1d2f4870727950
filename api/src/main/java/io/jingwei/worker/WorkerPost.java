package io.jingwei.worker;

/** A community worker's post (岗位). PLACEHOLDER: replaced by the work that owns this package. */
public enum WorkerPost { PRINCIPAL }
